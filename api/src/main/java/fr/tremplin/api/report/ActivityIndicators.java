package fr.tremplin.api.report;

import fr.tremplin.core.wording.FrenchNumbers;
import fr.tremplin.data.report.UnitActivity;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.function.Function;

/**
 * The lines of the activity report, in order, with the one French label the page's table and the CSV columns both
 * use (« Sélections envoyées » on screen is « Sélections envoyées » in the spreadsheet).
 */
public final class ActivityIndicators {
    /** One indicator: its label, its value for the CSV, and whether it is a ratio (shown as a percentage). */
    public record Indicator(String label, Function<UnitActivity, Object> value, boolean ratio) {
        /** The CSV cell: counts as they are, ratios in percent with one decimal. */
        Object csv(UnitActivity u) {
            Object v = value.apply(u);
            return ratio ? FrenchCsv.percent((Double) v) : v;
        }

        /** The table cell: « 1 612 », « 45,7 % », « 3,5 », or « — » when there is nothing to measure. */
        public String shown(UnitActivity u) {
            return shownValue(value.apply(u), ratio);
        }
    }

    public static final String HIRES = "Embauches";

    public static final List<Indicator> ALL = List.of(
            new Indicator("Personnes accompagnées", UnitActivity::seekersCoached, false),
            new Indicator("Offres ouvertes", UnitActivity::openVacancies, false),
            new Indicator("Offres travaillées", UnitActivity::vacanciesWorked, false),
            new Indicator("Sélections envoyées", UnitActivity::shortlistsSent, false),
            new Indicator("Personnes proposées", UnitActivity::candidatesProposed, false),
            new Indicator("Réponses des employeurs", UnitActivity::employerAnswers, false),
            new Indicator("Taux de réponse (%)", UnitActivity::answerRate, true),
            new Indicator("Délai moyen de réponse (jours)", UnitActivity::averageAnswerDays, false),
            new Indicator("Entretiens demandés", UnitActivity::interviews, false),
            new Indicator(HIRES, UnitActivity::hires, false),
            new Indicator("Délai moyen de pourvoi (jours)", UnitActivity::averageDaysToFill, false),
            new Indicator("Heures d’insertion", UnitActivity::insertionHours, false));

    private ActivityIndicators() {
    }

    /** « Embauches en CDI »-style column of the hires by contract type. */
    public static String hiresOf(String contractType) {
        return HIRES + " " + FrenchLabels.contractType(contractType);
    }

    static String shownValue(@Nullable Object v, boolean ratio) {
        if (v == null) {
            return "—";
        }
        if (ratio) {
            return FrenchNumbers.number(((Number) v).doubleValue() * 100) + " %";
        }
        if (v instanceof Long || v instanceof Integer) {
            return FrenchNumbers.count(((Number) v).longValue());
        }
        return FrenchNumbers.number(((Number) v).doubleValue());
    }
}
