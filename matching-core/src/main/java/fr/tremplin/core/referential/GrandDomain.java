package fr.tremplin.core.referential;

/** A ROME grand domain, e.g. F "Construction, Bâtiment et Travaux publics". */
public record GrandDomain(String code, String label) {}
