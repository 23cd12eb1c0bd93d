package fr.tremplin.core.referential;

/** A NAF rév. 2 sub-class (activity code), e.g. 4120A "Construction de maisons individuelles". */
public record NafActivity(String code, String label, String sectionCode, String sectionLabel) {}
