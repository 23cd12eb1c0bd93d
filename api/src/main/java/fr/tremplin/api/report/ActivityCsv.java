package fr.tremplin.api.report;

import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.data.report.ActivityReport;
import fr.tremplin.data.report.UnitActivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The activity report as CSV: one line per unit, then the département. */
final class ActivityCsv {
    private ActivityCsv() {
    }

    static byte[] of(ActivityReport report) {
        FrenchCsv csv = new FrenchCsv();
        List<Object> header = new ArrayList<>(List.of("Du", "Au", "Unité", "Nom", "Personnes accompagnées",
                "Offres actives", "Offres travaillées", "Listes envoyées", "Personnes proposées", "Réponses des employeurs",
                "Taux de réponse (%)", "Délai moyen de réponse (jours)", "Entretiens", "Recrutements"));
        Arrays.stream(ContractType.values()).forEach(t -> header.add("Recrutements " + FrenchLabels.contractType(t.name())));
        header.addAll(List.of("Délai moyen de recrutement (jours)", "Heures d'insertion"));
        csv.row(header);
        report.units().forEach(u -> csv.row(line(report, u)));
        if (report.departement() != null) {
            csv.row(line(report, report.departement()));
        }
        return csv.bytes();
    }

    private static List<Object> line(ActivityReport report, UnitActivity u) {
        List<Object> cells = new ArrayList<>(List.of(report.from(), report.to(), u.unit(), u.unitName(), u.seekersCoached(),
                u.openVacancies(), u.vacanciesWorked(), u.shortlistsSent(), u.candidatesProposed(), u.employerAnswers()));
        cells.add(FrenchCsv.percent(u.answerRate()));
        cells.add(u.averageAnswerDays());
        cells.add(u.interviews());
        cells.add(u.hires());
        Arrays.stream(ContractType.values()).forEach(t -> cells.add(u.hiresByContractType().getOrDefault(t.name(), 0L)));
        cells.add(u.averageDaysToFill());
        cells.add(u.insertionHours());
        return cells;
    }
}
