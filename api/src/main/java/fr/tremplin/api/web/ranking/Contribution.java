package fr.tremplin.api.web.ranking;

/** One term of a score's explanation, e.g. ("Métier visé identique (F1703)", 0.41). Terms add up to the score. */
public record Contribution(String label, double value) {
    /** "+0,41" as shown beside the label. */
    public String formatted() {
        return (value >= 0 ? "+" : "−") + String.format(java.util.Locale.FRANCE, "%.2f", Math.abs(value));
    }
}
