package fr.tremplin.api.transfer;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.transfer.ImportTransaction;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The import of a file of any kind, streamed and batched so that memory stays flat whatever its length:
 * <ol>
 * <li>check: the file is read row by row ({@link TableReader}), lines are checked {@value #BATCH} at a time by the
 * kind (same rules as the API, stored rows looked up per batch), counted and their errors kept — nothing else is
 * kept; a key (reference, SIRET) twice in the file is an error of the second line;</li>
 * <li>apply, only when no line is in error and this is not a dry run: the file is read again and every batch checked
 * again and written, all in one transaction ({@link ImportTransaction}): a failure writes nothing.</li>
 * </ol>
 */
@Singleton
public class ImportEngine {
    static final int BATCH = 500;

    private final ImportTransaction transaction;

    public ImportEngine(ImportTransaction transaction) {
        this.transaction = transaction;
    }

    /** Where an import is: phase (« vérification », « écriture »), lines done, lines in the file. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void at(String phase, int done, int total);
    }

    /** A file whose lines changed status between the check and the writing (a concurrent change of the data). */
    static final class ChangedDuringImport extends RuntimeException {
        final ImportError error;

        ChangedDuringImport(ImportError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    public <C extends Enum<C> & Column, W> ImportReport run(ImportKind<C, W> kind, FileSource file, boolean dryRun,
                                                            CurrentUser user, Progress progress) {
        int total = progress == Progress.NONE ? 0 : count(file);
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        TreeSet<Integer> rejected = new TreeSet<>();
        TreeSet<Integer> outside = new TreeSet<>();
        int[] counts = new int[ImportKind.Status.values().length];
        int[] done = {0};
        boolean headersValid = read(kind, file, errors, batch -> {
            List<ImportKind.Outcome<W>> outcomes = kind.check(batch, user);
            for (int i = 0; i < batch.size(); i++) {
                Line<C> line = batch.get(i);
                ImportKind.Outcome<W> outcome = outcomes.get(i);
                List<ImportError> lineErrors = new ArrayList<>(outcome.errors());
                String key = new Cells<>(line).text(kind.key());
                Integer first = key == null ? null : keys.putIfAbsent(key, line.number());
                if (first != null) {
                    lineErrors.add(0, new ImportError(line.number(), kind.key().header(), key,
                            "valeur déjà présente à la ligne " + first + " du fichier (ligne en double)"));
                }
                if (outcome.outsideScope()) {
                    outside.add(line.number());
                }
                if (lineErrors.isEmpty()) {
                    counts[outcome.status().ordinal()]++;
                } else {
                    rejected.add(line.number());
                    errors.addAll(lineErrors);
                }
            }
            done[0] += batch.size();
            progress.at("vérification", done[0], total);
        });
        errors.stream().filter(e -> e.line() > 1).forEach(e -> rejected.add(e.line())); // cell counts
        if (!outside.isEmpty()) {
            throw kind.outsideScope(user, lines(outside));
        }
        if (headersValid && errors.isEmpty() && !dryRun) {
            try {
                write(kind, file, user, progress, total);
            } catch (ChangedDuringImport e) {
                errors.add(e.error);
            }
        }
        errors.sort(Comparator.comparingInt(ImportError::line));
        return new ImportReport(kind.name(), dryRun, done[0], counts[ImportKind.Status.CREATED.ordinal()],
                counts[ImportKind.Status.UPDATED.ordinal()], counts[ImportKind.Status.UNCHANGED.ordinal()],
                rejected.size(), List.copyOf(errors));
    }

    private <C extends Enum<C> & Column, W> void write(ImportKind<C, W> kind, FileSource file, CurrentUser user,
                                                      Progress progress, int total) {
        Auditor who = AccessPolicy.auditor(user);
        int[] done = {0};
        transaction.run(() -> read(kind, file, new ArrayList<>(), batch -> {
            List<ImportKind.Outcome<W>> outcomes = kind.check(batch, user);
            List<W> writes = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                ImportKind.Outcome<W> outcome = outcomes.get(i);
                if (!outcome.errors().isEmpty()) {
                    ImportError cause = outcome.errors().get(0);
                    throw new ChangedDuringImport(new ImportError(cause.line(), cause.column(), cause.value(),
                            cause.message() + " (donnée modifiée pendant l'import : rien n'a été écrit, relancez"
                                    + " l'import)"));
                }
                if (outcome.write() != null) {
                    writes.add(outcome.write());
                }
            }
            if (!writes.isEmpty()) {
                kind.write(writes, who);
            }
            done[0] += batch.size();
            progress.at("écriture", done[0], total);
        }));
    }

    /** Reads the file into batches of lines; false when the headers are not valid (errors added). */
    private static <C extends Enum<C> & Column> boolean read(ImportKind<C, ?> kind, FileSource file,
                                                            List<ImportError> errors,
                                                            java.util.function.Consumer<List<Line<C>>> batches) {
        List<Line<C>> batch = new ArrayList<>(BATCH);
        Headers<C> headers = new Headers<>(kind.columns(), errors, line -> {
            batch.add(line);
            if (batch.size() == BATCH) {
                batches.accept(List.copyOf(batch));
                batch.clear();
            }
        });
        try {
            TableReader.read(file, headers);
        } catch (TableReader.UnreadableFile e) {
            errors.add(new ImportError(e.line(), null, null, e.getMessage()));
            return false;
        }
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
        if (!headers.valid() && errors.isEmpty()) {
            errors.add(new ImportError(1, null, null, "le fichier est vide : une ligne d'en-têtes est attendue"));
        }
        return headers.valid();
    }

    private static int count(FileSource file) {
        int[] rows = {0};
        try {
            TableReader.read(file, row -> rows[0]++);
        } catch (TableReader.UnreadableFile e) {
            return 0;
        }
        return Math.max(0, rows[0] - 1);
    }

    private static String lines(TreeSet<Integer> numbers) {
        List<String> shown = numbers.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", shown) + (numbers.size() > shown.size() ? "…" : "");
    }
}
