package fr.tremplin.data.privacy;

import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.seeker.JobSeekerService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention rule: a person without activity (their file changed, or a proposal of theirs moved) for
 * {@link RetentionSettings#retentionMonths()} is anonymised, i.e. erased in depth as by the right to erasure, by the
 * system with the reason « durée de conservation dépassée ». The people due within the notice period are listed
 * beforehand for their unit's manager.
 */
@Singleton
public class Retention {
    static final String REASON = "durée de conservation dépassée (anonymisation automatique)";
    private static final String LAST_ACTIVITY = """
            GREATEST(s.updated_at, COALESCE((SELECT MAX(c.status_changed_at) FROM shortlist_candidate c
                                             WHERE c.job_seeker_id = s.id), s.updated_at))""";

    private final JdbcOperations jdbc;
    private final JobSeekerService seekers;
    private final RetentionSettings settings;
    private final Clock clock;

    public Retention(JdbcOperations jdbc, JobSeekerService seekers, RetentionSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.seekers = seekers;
        this.settings = settings;
        this.clock = clock;
    }

    /** The people of {@code unit} (all units when null) due within the notice period, soonest first. */
    @ReadOnly
    public List<RetentionDue> dueSoon(@Nullable String unit, int limit) {
        Instant horizon = cutoff().plus(java.time.Duration.ofDays(settings.noticeDays()));
        return select(horizon, unit, limit);
    }

    /** Anonymises everyone past the retention period; returns how many. Each erasure is its own transaction. */
    @Connectable
    public int anonymiseDue() {
        int done = 0;
        List<RetentionDue> due;
        do {
            due = select(cutoff(), null, 200);
            for (RetentionDue person : due) {
                seekers.erase(person.jobSeekerId(), REASON, Auditor.SYSTEM);
                done++;
            }
        } while (due.size() == 200);
        return done;
    }

    private Instant cutoff() {
        return ZonedDateTime.now(clock).minusMonths(settings.retentionMonths()).toInstant();
    }

    private List<RetentionDue> select(Instant before, @Nullable String unit, int limit) {
        String sql = "SELECT id, external_ref, employment_unit_code, status, last_activity FROM (SELECT s.id,"
                + " s.external_ref, s.employment_unit_code, s.status, " + LAST_ACTIVITY + " AS last_activity"
                + " FROM job_seeker s WHERE (? IS NULL OR s.employment_unit_code = ?)) t"
                + " WHERE last_activity < ? ORDER BY last_activity, id LIMIT " + Math.max(1, limit);
        return jdbc.prepareStatement(sql, st -> {
            st.setString(1, unit);
            st.setString(2, unit);
            st.setTimestamp(3, Timestamp.from(before));
            List<RetentionDue> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Instant last = rs.getTimestamp(5).toInstant();
                    found.add(new RetentionDue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), last,
                            ZonedDateTime.ofInstant(last, clock.getZone()).plusMonths(settings.retentionMonths())
                                    .toLocalDate()));
                }
            }
            return found;
        });
    }
}
