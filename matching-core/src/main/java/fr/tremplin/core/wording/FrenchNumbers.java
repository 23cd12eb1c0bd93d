package fr.tremplin.core.wording;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as French pages and exports write them: a narrow no-break space (U+202F) between thousands
 * ("28 000"), a decimal comma ("12,4"), and the score's unit, points out of 100, for its contributions.
 */
public final class FrenchNumbers {
    /** The thousands separator of French typography (espace fine insécable). */
    public static final char THOUSANDS = '\u202F';

    private FrenchNumbers() {
    }

    /** 28000 → "28 000"; 12.45 → "12,5" (one decimal at most). */
    public static String number(double value) {
        return format(value, 1);
    }

    /** 28000 → "28 000". */
    public static String count(long value) {
        return format(value, 0);
    }

    /** 1 → "1 personne", 28000 → "28 000 personnes" ({@code plural} is used from 2 on). */
    public static String count(long value, String singular, String plural) {
        return count(value) + " " + (Math.abs(value) >= 2 ? plural : singular);
    }

    /** A score between 0 and 1 as points out of 100, rounded: 0.684 → "68". */
    public static String scoreOutOf100(double score) {
        return count(Math.round(score * 100));
    }

    /**
     * A contribution to a score (a share of 1) in the score's unit, points out of 100, signed, one decimal at
     * most: 0.412 → "+41,2 points", 0.004 → "+0,4 point", −0.05 → "−5 points".
     */
    public static String points(double contribution) {
        double points = Math.round(contribution * 1000) / 10.0;
        String sign = points < 0 ? "−" : "+";
        double magnitude = Math.abs(points);
        return sign + format(magnitude, 1) + (magnitude >= 2 ? " points" : " point");
    }

    /** 12.4 → "12,4 km". */
    public static String km(double value) {
        return format(value, 1) + " km";
    }

    private static String format(double value, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(THOUSANDS);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.#", symbols);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value == 0 ? 0.0 : value);
    }
}
