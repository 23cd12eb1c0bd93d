package fr.tremplin.api.transfer;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do): data lines read, lines created, updated, unchanged and rejected,
 * and every error. An apply with any error writes nothing and answers 422 with this report.
 */
@Serdeable
public record ImportReport(String kind, boolean dryRun, int rows, int created, int updated, int unchanged,
                           int rejected, List<ImportError> errors) {
    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
