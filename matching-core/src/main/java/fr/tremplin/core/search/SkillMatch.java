package fr.tremplin.core.search;

import fr.tremplin.core.referential.SkillKind;

/**
 * A ROME skill found by {@link SkillSearch}.
 *
 * @param code  OGR code
 * @param label the skill's label
 * @param kind  savoir-faire or savoir
 * @param score higher is better; comparable within one search only
 */
public record SkillMatch(String code, String label, SkillKind kind, double score) {}
