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
 * The import of a file of any kind, streamed and batched so that memory stays flat whatever its length: the file is
 * read row by row ({@link TableReader}), lines are checked {@value #BATCH} at a time by the kind (same rules as the
 * API, the stored rows of a batch looked up at once), counted, and only their errors are kept; a key (reference,
 * SIRET) twice in the file is an error of the second line.
 * <ul>
 * <li>Dry run: that pass alone, nothing written.</li>
 * <li>Apply: the same single pass inside one transaction ({@link ImportTransaction}), each batch written as soon as
 * it is checked while no line of the file has failed; at the end, any error (or a line outside the caller's scope)
 * rolls the whole transaction back: a file with one bad line writes nothing, and the report is the dry run's.</li>
 * </ul>
 */
@Singleton
public class ImportEngine {
    static final int BATCH = 500;

    private final ImportTransaction transaction;

    public ImportEngine(ImportTransaction transaction) {
        this.transaction = transaction;
    }

    /** Where an import is: phase (« vérification », « import »), lines done, lines in the file. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void at(String phase, int done, int total);
    }

    /** Thrown inside the transaction to roll a refused file back; carries what to answer. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super("fichier refusé", null, false, false);
        }
    }

    public <C extends Enum<C> & Column, W> ImportReport run(ImportKind<C, W> kind, FileSource file, boolean dryRun,
                                                            CurrentUser user, Progress progress) {
        Pass<C, W> pass = new Pass<>(kind, user, dryRun, progress, progress == Progress.NONE ? 0 : count(file));
        if (dryRun) {
            pass.read(file);
        } else {
            try {
                transaction.run(() -> {
                    pass.read(file);
                    if (pass.refused()) {
                        throw new Refused();
                    }
                });
            } catch (Refused e) {
                // rolled back: nothing of the file is written
            }
        }
        if (!pass.outside.isEmpty()) {
            throw kind.outsideScope(user, lines(pass.outside));
        }
        return pass.report();
    }

    /** One reading of the file: checks every batch, writes it when applying and nothing has failed yet. */
    private static final class Pass<C extends Enum<C> & Column, W> {
        private final ImportKind<C, W> kind;
        private final CurrentUser user;
        private final Auditor who;
        private final boolean dryRun;
        private final Progress progress;
        private final int total;
        private final List<ImportError> errors = new ArrayList<>();
        private final Map<String, Integer> keys = new HashMap<>();
        private final TreeSet<Integer> rejected = new TreeSet<>();
        private final TreeSet<Integer> outside = new TreeSet<>();
        private final int[] counts = new int[ImportKind.Status.values().length];
        private int done;
        private boolean headersValid;

        Pass(ImportKind<C, W> kind, CurrentUser user, boolean dryRun, Progress progress, int total) {
            this.kind = kind;
            this.user = user;
            this.who = AccessPolicy.auditor(user);
            this.dryRun = dryRun;
            this.progress = progress;
            this.total = total;
        }

        boolean refused() {
            return !headersValid || !errors.isEmpty() || !outside.isEmpty();
        }

        void read(FileSource file) {
            List<Line<C>> batch = new ArrayList<>(BATCH);
            Headers<C> headers = new Headers<>(kind.columns(), errors, line -> {
                batch.add(line);
                if (batch.size() == BATCH) {
                    batch(batch);
                    batch.clear();
                }
            });
            try {
                TableReader.read(file, headers);
            } catch (TableReader.UnreadableFile e) {
                errors.add(new ImportError(e.line(), null, null, e.getMessage()));
            }
            if (!batch.isEmpty()) {
                batch(batch);
            }
            headersValid = headers.valid();
            if (!headersValid && errors.isEmpty()) {
                errors.add(new ImportError(1, null, null, "le fichier est vide : une ligne d'en-têtes est attendue"));
            }
            errors.stream().filter(e -> e.line() > 1).forEach(e -> rejected.add(e.line())); // cell counts
        }

        private void batch(List<Line<C>> lines) {
            List<ImportKind.Outcome<W>> outcomes = kind.check(lines, user);
            List<W> writes = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line<C> line = lines.get(i);
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
                    if (outcome.write() != null) {
                        writes.add(outcome.write());
                    }
                } else {
                    rejected.add(line.number());
                    errors.addAll(lineErrors);
                }
            }
            if (!dryRun && errors.isEmpty() && outside.isEmpty() && !writes.isEmpty()) {
                kind.write(writes, who);
            }
            done += lines.size();
            progress.at(dryRun ? "vérification" : "import", done, total);
        }

        ImportReport report() {
            errors.sort(Comparator.comparingInt(ImportError::line));
            return new ImportReport(kind.name(), dryRun, done, counts[ImportKind.Status.CREATED.ordinal()],
                    counts[ImportKind.Status.UPDATED.ordinal()], counts[ImportKind.Status.UNCHANGED.ordinal()],
                    rejected.size(), List.copyOf(errors));
        }
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
