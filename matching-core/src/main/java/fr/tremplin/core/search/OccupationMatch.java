package fr.tremplin.core.search;

/**
 * An occupation found by {@link OccupationSearch}.
 *
 * @param code         ROME code, e.g. F1704
 * @param label        the occupation's label, e.g. "Préparation du gros oeuvre et des travaux publics"
 * @param matchedTitle the job title (or the occupation label) that matched best, e.g. "Aide-maçon / Aide-maçonne"
 * @param score        higher is better; comparable within one search only
 */
public record OccupationMatch(String code, String label, String matchedTitle, double score) {}
