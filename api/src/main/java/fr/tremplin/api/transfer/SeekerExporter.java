package fr.tremplin.api.transfer;

import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerImport;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The job seekers of a unit (or all) as a file the import reads back: the {@link SeekerColumn}s in order,
 * {@link FrenchCsv} (UTF-8 with BOM, ';', dates JJ/MM/AAAA, formula-like text neutralised by CsvCell, which the
 * import undoes), lists separated by '|', experiences as CODE:années, oui/non.
 */
@Singleton
public class SeekerExporter {
    private final JobSeekerImport store;

    public SeekerExporter(JobSeekerImport store) {
        this.store = store;
    }

    public ExportFile export(@Nullable String unit) {
        return ExportFile.of(SeekerColumn.class, store.all(unit).stream().map(SeekerExporter::row).toList());
    }

    static List<Object> row(JobSeeker s) {
        List<Object> cells = new ArrayList<>();
        cells.add(s.externalRef());
        cells.add(s.lastName());
        cells.add(s.firstName());
        cells.add(s.birthDate());
        cells.add(s.email());
        cells.add(s.phone());
        cells.add(s.communeInsee());
        cells.add(s.mobilityRadiusKm());
        cells.add(String.join("|", s.licences()));
        cells.add(s.hasVehicle() ? "oui" : "non");
        cells.add(String.join("|", s.targetOccupations()));
        cells.add(String.join("|", s.experiences().stream().map(SeekerExporter::experience).toList()));
        cells.add(String.join("|", s.skills()));
        cells.add(s.summary());
        cells.add(s.diplomaLevel());
        cells.add(s.availableFrom());
        cells.add(s.workingTime().name());
        cells.add(String.join("|", s.publics()));
        cells.add(s.employmentUnit());
        cells.add(s.consentToShare() ? "oui" : "non");
        cells.add(s.status().name());
        return cells;
    }

    private static String experience(Experience e) {
        return e.occupation() + ":" + BigDecimal.valueOf(e.years()).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
