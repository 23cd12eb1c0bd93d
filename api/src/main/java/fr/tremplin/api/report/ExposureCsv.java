package fr.tremplin.api.report;

import fr.tremplin.data.report.ExposureReport;

import java.util.ArrayList;
import java.util.List;

/** The fair-exposure report as CSV: one line per unit and group, then the département's. */
final class ExposureCsv {
    private ExposureCsv() {
    }

    static byte[] of(ExposureReport report) {
        FrenchCsv csv = new FrenchCsv();
        csv.row(List.of("Du", "Au", "Unité", "Nom", "Dimension", "Groupe", "Personnes", "Propositions",
                "Part des personnes (%)", "Part des propositions (%)", "Rapport propositions / personnes"));
        List<ExposureReport.UnitExposure> lines = new ArrayList<>(report.units());
        if (report.departement() != null) {
            lines.add(report.departement());
        }
        for (ExposureReport.UnitExposure u : lines) {
            for (ExposureReport.GroupExposure g : u.groups()) {
                csv.row(java.util.Arrays.asList(report.from(), report.to(), u.unit(), u.unitName(),
                        g.dimension().equals("PUBLIC") ? "Public" : "Attente", g.label(), g.people(), g.proposals(),
                        FrenchCsv.percent(g.peopleShare()), FrenchCsv.percent(g.proposalShare()), g.ratio()));
            }
        }
        return csv.bytes();
    }
}
