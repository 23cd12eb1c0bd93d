package fr.tremplin.core.referential;

/** ROME distinguishes know-how (savoir-faire) from knowledge (savoirs). */
public enum SkillKind { SAVOIR_FAIRE, SAVOIR }
