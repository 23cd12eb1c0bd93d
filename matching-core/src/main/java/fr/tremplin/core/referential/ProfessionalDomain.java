package fr.tremplin.core.referential;

/** A ROME professional domain, e.g. F17 "Travaux et gros oeuvre", inside a grand domain (F). */
public record ProfessionalDomain(String code, String label, String grandDomainCode) {}
