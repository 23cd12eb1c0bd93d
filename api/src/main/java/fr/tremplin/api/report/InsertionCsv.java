package fr.tremplin.api.report;

import fr.tremplin.core.seeker.Public;
import fr.tremplin.data.report.ContractHours;
import fr.tremplin.data.report.InsertionReport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The insertion-hours report as CSV: one line per public contract, then the total. */
final class InsertionCsv {
    private InsertionCsv() {
    }

    static byte[] of(InsertionReport report) {
        FrenchCsv csv = new FrenchCsv();
        List<Object> header = new ArrayList<>(List.of("Année", "Marché", "Objet", "Acheteur", "Début", "Fin",
                "Heures à réaliser", "Heures réalisées dans l'année", "Heures réalisées depuis le début",
                "Avancement (%)", "Personnes"));
        Arrays.stream(Public.values()).forEach(p -> header.add("Heures " + FrenchLabels.publicGroup(p.name())));
        header.add("Part des bénéficiaires du RSA (%)");
        csv.row(header);
        for (ContractHours c : report.contracts()) {
            List<Object> cells = new ArrayList<>(List.of(report.year(), c.ref(), c.title(), c.buyerName(), c.startDate(),
                    c.endDate(), c.hoursTarget(), c.hoursInYear(), c.hoursToDate(), FrenchCsv.percent(c.progress()),
                    c.people()));
            Arrays.stream(Public.values()).forEach(p -> cells.add(c.hoursByPublic().get(p.name())));
            cells.add(FrenchCsv.percent(c.rsaShare()));
            csv.row(cells);
        }
        InsertionReport.Totals t = report.total();
        List<Object> total = new ArrayList<>(List.of(report.year(), "TOTAL", "", "", "", "", t.hoursTarget(),
                t.hoursInYear(), t.hoursToDate(), "", t.people()));
        Arrays.stream(Public.values()).forEach(p -> total.add(t.hoursByPublic().get(p.name())));
        total.add(FrenchCsv.percent(t.rsaShare()));
        csv.row(total);
        return csv.bytes();
    }
}
