package fr.tremplin.core.referential;

/** A ROME skill item (code OGR), e.g. "Techniques de soudage". */
public record Skill(String code, String label, SkillKind kind) {}
