package fr.tremplin.data.demo;

import fr.tremplin.data.common.CodeListConverter;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.seeker.ExperienceListConverter;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.core.convert.ConversionContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Inserts demo rows with multi-row {@code INSERT ... VALUES (...), (...)} statements on one connection (the
 * caller owns the transaction): a few hundred statements for the whole data set, whatever the driver's
 * batch settings. Lists are written exactly as the entity converters write them.
 */
final class DemoDataWriter {

    /** Rows per statement: 25 columns × 1,000 rows stays far below MariaDB's 65,535 placeholders. */
    static final int ROWS_PER_STATEMENT = 1_000;

    private static final CodeListConverter CODES = new CodeListConverter();
    private static final ExperienceListConverter EXPERIENCES = new ExperienceListConverter();

    private final Connection connection;
    private final Timestamp now;

    DemoDataWriter(Connection connection, Instant now) {
        this.connection = connection;
        this.now = Timestamp.from(now);
    }

    @FunctionalInterface
    private interface Binder<T> {
        /** Binds the columns of {@code row} from parameter {@code first} on; returns the next parameter index. */
        int bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    void employers(List<Employer> employers) throws SQLException {
        insert("employer", List.of("id", "siret", "name", "kind", "sector", "commune_insee", "naf_code",
                "created_at", "updated_at", "version"), employers, (s, i, e) -> {
            s.setString(i++, e.id());
            s.setString(i++, e.siret());
            s.setString(i++, e.name());
            s.setString(i++, e.kind().name());
            s.setString(i++, e.sector().name());
            s.setString(i++, e.communeInsee());
            s.setString(i++, e.nafCode());
            return stamps(s, i, e.version());
        }, done -> { });
    }

    void seekers(List<JobSeeker> seekers, IntConsumer progress) throws SQLException {
        insert("job_seeker", List.of("id", "external_ref", "first_name", "last_name", "birth_date", "email", "phone",
                "commune_insee", "mobility_radius_km", "licences", "has_vehicle", "target_occupations", "experiences",
                "skills", "summary", "diploma_level", "available_from", "working_time", "publics",
                "employment_unit_code", "consent_to_share", "status", "created_at", "updated_at", "version"),
                seekers, (s, i, p) -> {
                    s.setString(i++, p.id());
                    s.setString(i++, p.externalRef());
                    s.setString(i++, p.firstName());
                    s.setString(i++, p.lastName());
                    s.setObject(i++, p.birthDate());
                    s.setString(i++, p.email());
                    s.setString(i++, p.phone());
                    s.setString(i++, p.communeInsee());
                    s.setInt(i++, p.mobilityRadiusKm());
                    s.setString(i++, codes(p.licences()));
                    s.setBoolean(i++, p.hasVehicle());
                    s.setString(i++, codes(p.targetOccupations()));
                    s.setString(i++, EXPERIENCES.convertToPersistedValue(p.experiences(), ConversionContext.DEFAULT));
                    s.setString(i++, codes(p.skills()));
                    s.setString(i++, p.summary());
                    setInteger(s, i++, p.diplomaLevel());
                    setDate(s, i++, p.availableFrom());
                    s.setString(i++, p.workingTime().name());
                    s.setString(i++, codes(p.publics()));
                    s.setString(i++, p.employmentUnit());
                    s.setBoolean(i++, p.consentToShare());
                    s.setString(i++, p.status().name());
                    if (p.createdAt() != null) {
                        s.setTimestamp(i++, Timestamp.from(p.createdAt())); // entry into the caseload
                        s.setTimestamp(i++, now);
                        s.setLong(i++, p.version() == null ? 0L : p.version());
                        return i;
                    }
                    return stamps(s, i, p.version());
                }, progress);
    }

    /** The first entry of each demo person's consent history: their consent as generated. */
    void consents() throws SQLException {
        try (var statement = connection.prepareStatement("""
                INSERT INTO consent_event (job_seeker_id, given, source, recorded_by, recorded_at)
                SELECT s.id, s.consent_to_share, 'DEMO', 'système', s.created_at FROM job_seeker s
                WHERE NOT EXISTS (SELECT 1 FROM consent_event c WHERE c.job_seeker_id = s.id)""")) {
            statement.executeUpdate();
        }
    }

    void vacancies(List<Vacancy> vacancies, IntConsumer progress) throws SQLException {
        insert("vacancy", List.of("id", "employer_id", "occupation", "title", "description", "commune_insee",
                "contract_type", "hours_per_week", "start_date", "positions", "required_skills", "nice_to_have_skills",
                "required_licences", "min_diploma_level", "insertion_contract_ref", "insertion_hours", "status",
                "created_at", "updated_at", "version"), vacancies, (s, i, v) -> {
            s.setString(i++, v.id());
            s.setString(i++, v.employerId());
            s.setString(i++, v.occupation());
            s.setString(i++, v.title());
            s.setString(i++, v.description());
            s.setString(i++, v.communeInsee());
            s.setString(i++, v.contractType().name());
            s.setInt(i++, v.hoursPerWeek());
            setDate(s, i++, v.startDate());
            s.setInt(i++, v.positions());
            s.setString(i++, codes(v.requiredSkills()));
            s.setString(i++, codes(v.niceToHaveSkills()));
            s.setString(i++, codes(v.requiredLicences()));
            setInteger(s, i++, v.minDiplomaLevel());
            s.setString(i++, v.insertionContractRef());
            setInteger(s, i++, v.insertionHours());
            s.setString(i++, v.status().name());
            return stamps(s, i, v.version());
        }, progress);
    }

    void users(List<AppUser> users) throws SQLException {
        insert("app_user", List.of("id", "username", "password_hash", "display_name", "role", "employment_unit_code",
                "employer_id", "email", "demo", "created_at", "updated_at", "version"), users, (s, i, u) -> {
            s.setString(i++, u.id());
            s.setString(i++, u.username());
            s.setString(i++, u.passwordHash());
            s.setString(i++, u.displayName());
            s.setString(i++, u.role().name());
            s.setString(i++, u.employmentUnit());
            s.setString(i++, u.employerId());
            s.setString(i++, u.email());
            s.setBoolean(i++, u.demo());
            return stamps(s, i, u.version());
        }, done -> { });
    }

    private <T> void insert(String table, List<String> columns, List<T> rows, Binder<T> binder, IntConsumer progress)
            throws SQLException {
        int done = 0;
        String fullSql = null;
        PreparedStatement full = null;
        try {
            while (done < rows.size()) {
                int count = Math.min(ROWS_PER_STATEMENT, rows.size() - done);
                PreparedStatement statement;
                if (count == ROWS_PER_STATEMENT) {
                    if (full == null) {
                        fullSql = sql(table, columns, count);
                        full = connection.prepareStatement(fullSql);
                    }
                    statement = full;
                } else {
                    statement = connection.prepareStatement(sql(table, columns, count));
                }
                try {
                    int p = 1;
                    for (T row : rows.subList(done, done + count)) {
                        p = binder.bind(statement, p, row);
                    }
                    statement.executeUpdate();
                } finally {
                    if (statement != full) {
                        statement.close();
                    }
                }
                done += count;
                progress.accept(done);
            }
        } catch (SQLException e) {
            throw new SQLException("Inserting demo rows into " + table + " failed after " + done + " of " + rows.size()
                    + " rows: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private static String sql(String table, List<String> columns, int rows) {
        String tuple = "(" + "?,".repeat(columns.size() - 1) + "?)";
        StringBuilder sql = new StringBuilder(64 + rows * (tuple.length() + 1))
                .append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns)).append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append(tuple);
        }
        return sql.toString();
    }

    private int stamps(PreparedStatement s, int i, Long version) throws SQLException {
        s.setTimestamp(i++, now);
        s.setTimestamp(i++, now);
        s.setLong(i++, version == null ? 0L : version);
        return i;
    }

    private static String codes(List<String> codes) {
        return CODES.convertToPersistedValue(codes, ConversionContext.DEFAULT);
    }

    private static void setInteger(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    private static void setDate(PreparedStatement s, int i, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setObject(i, value);
        }
    }
}
