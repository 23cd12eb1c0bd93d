package fr.tremplin.core.prospect;

/** What the prospect search needs of a company: its identity, NAF activity (compact form, e.g. 4399C) and commune. */
public record ProspectCompany(String id, String name, String siret, String naf, String communeInsee) {}
