package fr.tremplin.bench;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.transfer.FileSource;
import fr.tremplin.api.transfer.ImportReport;
import fr.tremplin.api.transfer.SeekerColumn;
import fr.tremplin.api.transfer.Transfers;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.user.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The bulk import measured: a job-seekers file of {@code lines} new people (every column filled, as an export
 * writes it) checked (dry run), imported (one transaction, outbox, consent history, audit), then imported again
 * (all unchanged), through the same {@link Transfers} as the API and the command line. Heap: after a full GC before,
 * the highest heap in use seen between batches (garbage included), and after a full GC once imported. The people
 * imported are deleted afterwards, so that the bench's database stays as generated.
 */
public final class ImportBench {
    private static final String PREFIX = "IMPBENCH-";
    private static final long MB = 1024 * 1024;
    private static final String[] COMMUNES = {"44109", "44184", "44162", "44143", "44190"};
    private static final String[] OCCUPATIONS = {"F1703", "N1101", "K2204", "H2909", "G1603"};

    /** What was measured. */
    public record Result(int lines, double fileMb, double dryRunSeconds, double importSeconds,
                         double reimportSeconds, int created, int unchanged, int updatedAgain, long heapBeforeMb, long peakHeapMb,
                         long heapAfterMb, long maxHeapMb) {
        public String json() {
            return Json.write(this);
        }

        public String line() {
            return String.format(Locale.ROOT, "Import        %,d people (%.1f MB CSV): dry run %.1f s, import %.1f s"
                            + " (%,.0f lines/s), same file again %.1f s (%,d unchanged, %,d updated); heap after GC %,d MB before,"
                            + " %,d MB after, highest in use during the import %,d MB (max %,d MB)", lines, fileMb,
                    dryRunSeconds, importSeconds, lines / importSeconds, reimportSeconds, unchanged, updatedAgain, heapBeforeMb,
                    heapAfterMb, peakHeapMb, maxHeapMb);
        }
    }

    private final ApplicationContext context;

    public ImportBench(ApplicationContext context) {
        this.context = context;
    }

    public Result run(int lines, Path work) {
        Path file = work.resolve("import-bench.csv");
        String unit = context.getBean(EmploymentUnitRepository.class).findAllOrderByCode().getFirst().code();
        try {
            Files.createDirectories(work);
            write(file, lines, unit);
            CurrentUser operator = new CurrentUser("banc d'essai", Role.ADMIN, null, null);
            Transfers transfers = context.getBean(Transfers.class);
            long before = heapAfterGc();
            long[] peak = {0};
            long start = System.nanoTime();
            ImportReport dry = transfers.importFile("job-seekers", FileSource.of(file), true, operator,
                    (phase, done, total) -> peak[0] = Math.max(peak[0], heapInUse()));
            double drySeconds = seconds(start);
            start = System.nanoTime();
            ImportReport applied = transfers.importFile("job-seekers", FileSource.of(file), false, operator,
                    (phase, done, total) -> peak[0] = Math.max(peak[0], heapInUse()));
            double importSeconds = seconds(start);
            System.out.println("dry run: " + summary(dry) + "; import: " + summary(applied));
            if (applied.hasErrors() || dry.hasErrors()) {
                throw new IllegalStateException("The generated file was refused: " + applied.errors().stream()
                        .limit(5).toList());
            }
            long after = heapAfterGc();
            start = System.nanoTime();
            ImportReport again = transfers.importFile("job-seekers", FileSource.of(file), false, operator,
                    (phase, done, total) -> peak[0] = Math.max(peak[0], heapInUse()));
            double againSeconds = seconds(start);
            return new Result(lines, Files.size(file) / (double) MB, drySeconds, importSeconds, againSeconds,
                    applied.created(), again.unchanged(), again.updated(), before, peak[0], after,
                    Runtime.getRuntime().maxMemory() / MB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            cleanUp();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left in the bench's work directory
            }
        }
    }

    /** The file, streamed to disk: the header of an export and one person a line. */
    private static void write(Path file, int lines, String unit) throws IOException {
        LocalDate available = LocalDate.now().plusDays(10);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(Arrays.stream(SeekerColumn.values()).map(SeekerColumn::header)
                    .collect(Collectors.joining(";")));
            out.write("\r\n");
            for (int i = 0; i < lines; i++) {
                String occupation = OCCUPATIONS[i % OCCUPATIONS.length];
                String other = OCCUPATIONS[(i + 1) % OCCUPATIONS.length];
                out.write(PREFIX + i + ";Martin" + i % 997 + ";Inès;" + String.format("%02d/%02d/%d", 1 + i % 28,
                        1 + i % 12, 1960 + i % 45) + ";personne" + i + "@example.org;06 12 34 " + String.format(
                        "%02d %02d", i / 100 % 100, i % 100) + ";" + COMMUNES[i % COMMUNES.length] + ";" + (10 + i % 40)
                        + ";B;oui;" + occupation + "|" + other + ";" + occupation + ":2,5;;\"Présentation de la personne "
                        + i + ", « guillemets » ; point-virgule\";3;" + available + ";FULL_TIME;RSA;" + unit
                        + ";oui;ACTIVE\r\n");
            }
        }
    }

    private static String summary(ImportReport r) {
        return r.rows() + " lines, " + r.created() + " created, " + r.updated() + " updated, " + r.unchanged()
                + " unchanged, " + r.rejected() + " rejected";
    }

    private void cleanUp() {
        DataSource data = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement consent = c.prepareStatement("DELETE FROM consent_event WHERE job_seeker_id IN"
                    + " (SELECT id FROM job_seeker WHERE external_ref LIKE ?)");
                 PreparedStatement people = c.prepareStatement("DELETE FROM job_seeker WHERE external_ref LIKE ?")) {
                consent.setString(1, PREFIX + "%");
                consent.executeUpdate();
                people.setString(1, PREFIX + "%");
                people.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove the imported people from the bench database", e);
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    private static long heapInUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
