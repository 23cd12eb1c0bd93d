package fr.tremplin.core.alert;

import java.time.Instant;
import java.time.ZoneId;

/** Bands of waiting time without a proposal, as the fair-exposure report counts them. */
public enum WaitingBand {
    UNDER_3_MONTHS(0, "Moins de 3 mois"),
    FROM_3_TO_6_MONTHS(3, "De 3 à 6 mois"),
    FROM_6_TO_12_MONTHS(6, "De 6 à 12 mois"),
    OVER_12_MONTHS(12, "12 mois et plus");

    private final int fromMonths;
    private final String label;

    WaitingBand(int fromMonths, String label) {
        this.fromMonths = fromMonths;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int fromMonths() {
        return fromMonths;
    }

    /** The band of someone waiting since {@code since} at {@code at} (a start in the future counts as 0). */
    public static WaitingBand of(Instant since, Instant at, ZoneId zone) {
        WaitingBand band = UNDER_3_MONTHS;
        for (WaitingBand b : values()) {
            if (Waiting.waitedAtLeast(since, b.fromMonths, at, zone)) {
                band = b;
            }
        }
        return band;
    }
}
