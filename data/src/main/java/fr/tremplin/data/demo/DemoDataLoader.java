package fr.tremplin.data.demo;

import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.db.ProductionGuard;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.PasswordHasher;
import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Loads the demo data set and the demo accounts on the first start of the default run
 * ({@code tremplin.demo.enabled=true}, see {@link DemoDataConfiguration}).
 *
 * <p>When: a {@link Context} bean, so it runs while the application context starts, after Flyway (which
 * migrates when the {@link DataSource} bean is created, before it is injected here) and before
 * {@code StartupEvent} listeners such as the indexer's first rebuild and before the server accepts requests.
 *
 * <p>Idempotent: the full data set counts as loaded when one of the fixed demo employers other than the
 * two account employers is in the database (employers are never deleted through the API, unlike job
 * seekers); each account is created only if its username is free; an account employer is inserted only if
 * its id is absent. A restart therefore inserts nothing, and the accounts-only mode followed by the full mode
 * adds the rest. Everything is inserted in one transaction (a crash leaves nothing half loaded), under a
 * MariaDB named lock so that two nodes starting together do not both load. No outbox events are written:
 * the indexes are rebuilt from the database on first start.
 */
@Context
@Requires(property = "tremplin.demo.enabled", value = "true", defaultValue = "false")
public class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String LOCK = "tremplin-demo-data";
    private static final int LOCK_TIMEOUT_SECONDS = 120;
    /** Progress is logged about every fifth of the job seekers. */
    private static final int PROGRESS_STEPS = 5;

    private final DataSource dataSource;
    private final Referential referential;
    private final PasswordHasher passwordHasher;
    private final Clock clock;
    private final DemoDataConfiguration configuration;
    private final ProductionGuard productionGuard;
    private volatile Report lastReport;

    public DemoDataLoader(DataSource dataSource, Referential referential, PasswordHasher passwordHasher, Clock clock,
                          DemoDataConfiguration configuration, ProductionGuard productionGuard) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.referential = referential;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
        this.configuration = configuration;
        this.productionGuard = productionGuard;
    }

    /** What one {@link #load()} inserted. */
    public record Report(int employers, int seekers, int vacancies, int accounts, long generateMillis, long insertMillis) {
        public boolean nothingInserted() {
            return employers + seekers + vacancies + accounts == 0;
        }
    }

    @PostConstruct
    void onStartup() {
        load();
    }

    /**
     * Inserts whatever part of the demo data is missing; see the class comment.
     *
     * @throws IllegalStateException on an external (production) database, or when loading fails (rolled back)
     */
    public Report load() {
        if (productionGuard.isExternalDatabase()) {
            throw new IllegalStateException("Demo data and demo accounts (tremplin.demo.enabled=true) are refused on an"
                    + " external database (" + productionGuard.database().url() + "): set TREMPLIN_DEMO=false"
                    + " (tremplin.demo.enabled=false) in production, or use the embedded MariaDB for a demo.");
        }
        DemoDataSize size = configuration.size();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            lock(connection);
            try {
                Report report = loadMissing(connection, size);
                connection.commit();
                logSummary(report);
                lastReport = report;
                return report;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new IllegalStateException("Loading the demo data failed and was rolled back (nothing was written): "
                        + e.getMessage() + ". Fix the cause, or set tremplin.demo.enabled=false (TREMPLIN_DEMO=false)"
                        + " to start without demo data.", e);
            } finally {
                unlock(connection);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the demo data failed: no database connection: " + e.getMessage(), e);
        }
    }

    private Report loadMissing(Connection connection, DemoDataSize size) throws SQLException {
        boolean wantData = !configuration.accountsOnly();
        boolean dataPresent = wantData && !existingIds(connection, "employer", "id", dataMarkerIds()).isEmpty();
        Set<String> presentUsers = existingIds(connection, "app_user", "username", DemoAccounts.USERNAMES);
        Set<String> presentAccountEmployers = existingIds(connection, "employer", "id",
                List.of(DemoDataGenerator.demoGroupId(), DemoDataGenerator.demoCompanyId()));
        if ((!wantData || dataPresent) && presentUsers.size() == DemoAccounts.USERNAMES.size()
                && presentAccountEmployers.size() == 2) {
            return new Report(0, 0, 0, 0, 0, 0);
        }

        long t0 = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(referential, units(connection), configuration.seed(),
                LocalDate.now(clock));
        List<Employer> employers;
        List<JobSeeker> seekers = List.of();
        List<Vacancy> vacancies = List.of();
        DemoData data = null;
        if (wantData && !dataPresent) {
            LOG.info("Demo data: generating {} job seekers, {} companies and {} open vacancies (seed {})…",
                    size.seekers(), size.companies(), size.vacancies(), configuration.seed());
            data = generator.generate(size);
            employers = data.employers();
            seekers = data.seekers();
            vacancies = data.vacancies();
        } else {
            employers = generator.accountEmployers();
        }
        employers = employers.stream().filter(e -> !presentAccountEmployers.contains(e.id())).toList();
        List<AppUser> users = new ArrayList<>();
        if (presentUsers.size() < DemoAccounts.USERNAMES.size()) {
            String hash = passwordHasher.hash(DemoAccounts.PASSWORD);
            DemoAccounts.accounts(hash, DemoDataGenerator.demoCompanyId(), DemoDataGenerator.demoGroupId()).stream()
                    .filter(u -> !presentUsers.contains(u.username()))
                    .forEach(users::add);
        }
        long generateMillis = millisSince(t0);

        long t1 = System.nanoTime();
        DemoDataWriter writer = new DemoDataWriter(connection, Instant.now(clock));
        writer.employers(employers);
        writer.seekers(seekers, progress("job seekers", seekers.size()));
        writer.consents();
        writer.vacancies(vacancies, progress("vacancies", vacancies.size()));
        writer.users(users);
        if (data != null) { // the past of the data set (shortlists, placements, insertion hours), with it
            new DemoHistoryWriter(connection).write(new DemoHistoryGenerator(configuration.seed(), LocalDate.now(clock),
                    clock.getZone(), Instant.now(clock)).generate(data));
        }
        return new Report(employers.size(), seekers.size(), vacancies.size(), users.size(), generateMillis, millisSince(t1));
    }

    /** The fixed demo employers (groups, SIAE, public buyers) except the GEIQ of the demo account. */
    private static List<String> dataMarkerIds() {
        return IntStream.range(1, EmployerGenerator.FIRST_COMPANY_ORDINAL).mapToObj(DemoDataGenerator::employerId).toList();
    }

    private static Map<String, String> units(Connection connection) throws SQLException {
        Map<String, String> units = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT code, commune_insee FROM employment_unit ORDER BY code");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                units.put(rs.getString(1), rs.getString(2));
            }
        }
        if (units.isEmpty()) {
            throw new IllegalStateException("the employment_unit table is empty (migration V2 adds the nine units)");
        }
        return units;
    }

    private static Set<String> existingIds(Connection connection, String table, String column, List<String> values)
            throws SQLException {
        String sql = "SELECT " + column + " FROM " + table + " WHERE " + column + " IN ("
                + "?,".repeat(values.size() - 1) + "?)";
        Set<String> found = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static IntConsumer progress(String what, int total) {
        int step = Math.max(1, total / PROGRESS_STEPS);
        int[] next = {step};
        return done -> {
            if (done >= next[0] || done == total) {
                LOG.info("Demo data: {}/{} {}…", done, total, what);
                while (next[0] <= done) {
                    next[0] += step;
                }
            }
        };
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, LOCK);
            s.setInt(2, LOCK_TIMEOUT_SECONDS);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new SQLException("another node has been loading the demo data for more than "
                            + LOCK_TIMEOUT_SECONDS + " s (MariaDB lock '" + LOCK + "')");
                }
            }
        }
    }

    private static void unlock(Connection connection) {
        try (PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, LOCK);
            s.executeQuery().close();
        } catch (SQLException e) {
            LOG.warn("Could not release the MariaDB lock '{}' (it goes with the connection): {}", LOCK, e.getMessage());
        }
    }

    /** What the last {@link #load()} of this context inserted (the one at start-up, unless called again). */
    public java.util.Optional<Report> lastReport() {
        return java.util.Optional.ofNullable(lastReport);
    }

    private void logSummary(Report report) {
        if (report.nothingInserted()) {
            LOG.info("Demo data: already present, nothing to load (tremplin.demo.enabled=false turns the demo data off)");
            return;
        }
        LOG.info("Demo data loaded in {} ms (generation {} ms, insertion {} ms): {} employers, {} job seekers, {} vacancies,"
                        + " {} demo accounts (password '{}'){}",
                report.generateMillis() + report.insertMillis(), report.generateMillis(), report.insertMillis(),
                report.employers(), report.seekers(), report.vacancies(), report.accounts(), DemoAccounts.PASSWORD,
                configuration.accountsOnly() ? " — accounts only" : "");
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
