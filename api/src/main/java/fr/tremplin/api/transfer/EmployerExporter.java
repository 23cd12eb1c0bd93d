package fr.tremplin.api.transfer;

import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerImport;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Every employer as a file the import reads back: the {@link EmployerColumn}s in order, codes for kind and sector. */
@Singleton
public class EmployerExporter {
    private final EmployerImport store;

    public EmployerExporter(EmployerImport store) {
        this.store = store;
    }

    public ExportFile export() {
        return ExportFile.of(EmployerColumn.class, store.all().stream().map(EmployerExporter::row).toList());
    }

    static List<Object> row(Employer e) {
        List<Object> cells = new ArrayList<>();
        cells.add(e.siret());
        cells.add(e.name());
        cells.add(e.kind().name());
        cells.add(e.sector().name());
        cells.add(e.communeInsee());
        cells.add(e.nafCode());
        return cells;
    }
}
