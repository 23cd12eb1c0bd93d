package fr.tremplin.core.referential;

/** A ROME job title (appellation), e.g. 10879 "Aide-maçon / Aide-maçonne" of occupation F1704. */
public record JobTitle(String code, String label, String shortLabel, String occupationCode) {}
