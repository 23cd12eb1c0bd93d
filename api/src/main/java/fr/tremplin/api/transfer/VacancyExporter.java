package fr.tremplin.api.transfer;

import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerImport;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyImport;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every vacancy as a file the import reads back: the {@link VacancyColumn}s in order, the employer by SIRET, the
 * reference an import gave the vacancy (or its id when it was posted through the API), lists separated by '|'.
 */
@Singleton
public class VacancyExporter {
    private final VacancyImport store;
    private final EmployerImport employers;

    public VacancyExporter(VacancyImport store, EmployerImport employers) {
        this.store = store;
        this.employers = employers;
    }

    public ExportFile export() {
        List<VacancyImport.Stored> all = store.all();
        Map<String, Employer> byId = employers.findByIds(all.stream().map(s -> s.vacancy().employerId())
                .collect(Collectors.toSet()));
        return ExportFile.of(VacancyColumn.class, all.stream()
                .map(s -> row(s.reference(), s.vacancy(), byId.get(s.vacancy().employerId()).siret())).toList());
    }

    static List<Object> row(String reference, Vacancy v, String siret) {
        List<Object> cells = new ArrayList<>();
        cells.add(reference);
        cells.add(siret);
        cells.add(v.occupation());
        cells.add(v.title());
        cells.add(v.description());
        cells.add(v.communeInsee());
        cells.add(v.contractType().name());
        cells.add(v.hoursPerWeek());
        cells.add(v.startDate());
        cells.add(v.positions());
        cells.add(String.join("|", v.requiredSkills()));
        cells.add(String.join("|", v.niceToHaveSkills()));
        cells.add(String.join("|", v.requiredLicences()));
        cells.add(v.minDiplomaLevel());
        cells.add(v.insertionContractRef());
        cells.add(v.insertionHours());
        cells.add(v.status().name());
        return cells;
    }
}
