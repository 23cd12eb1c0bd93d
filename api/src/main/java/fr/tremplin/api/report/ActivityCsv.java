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
        List<Object> header = new ArrayList<>(List.of("Du", "Au", "Unité", "Nom"));
        ActivityIndicators.ALL.forEach(i -> header.add(i.label()));
        Arrays.stream(ContractType.values()).forEach(t -> header.add(ActivityIndicators.hiresOf(t.name())));
        csv.row(header);
        report.units().forEach(u -> csv.row(line(report, u)));
        if (report.departement() != null) {
            csv.row(line(report, report.departement()));
        }
        return csv.bytes();
    }

    private static List<Object> line(ActivityReport report, UnitActivity u) {
        List<Object> cells = new ArrayList<>(List.of(report.from(), report.to(), u.unit(), u.unitName()));
        ActivityIndicators.ALL.forEach(i -> cells.add(i.csv(u)));
        Arrays.stream(ContractType.values()).forEach(t -> cells.add(u.hiresByContractType().getOrDefault(t.name(), 0L)));
        return cells;
    }
}
