package fr.tremplin.data.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log of people's files: who opened, exported, shared, created, changed or erased whose file, when.
 * Writes join the caller's transaction (a change and its audit line commit together); there is no update or
 * delete path. Details never hold a person's name or contact: ids, units, reasons.
 */
@Singleton
public class AuditLog {
    /** Longest detail kept; longer texts are cut. */
    public static final int DETAIL_MAX = 600;

    private final AuditEventRepository events;
    private final AuditSubjects subjects;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, AuditSubjects subjects, JdbcOperations jdbc, Clock clock) {
        this.events = events;
        this.subjects = subjects;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action about one person (or about no person when {@code jobSeekerId} is null). */
    @Transactional
    public void record(Auditor who, AuditAction action, @Nullable String jobSeekerId, @Nullable String unit,
                       @Nullable String detail) {
        String subject = jobSeekerId == null ? null : subjects.of(jobSeekerId);
        events.save(new AuditEvent(null, clock.instant(), who.username(), who.role(), action, subject, unit,
                cut(detail)));
    }

    /** Whether the audit ever named this person (still linked, i.e. not erased). */
    @ReadOnly
    public boolean knows(String jobSeekerId) {
        return subjects.find(jobSeekerId).isPresent();
    }

    @ReadOnly
    public Page<AuditRow> search(AuditQuery query, Pageable pageable) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.jobSeekerId() != null) {
            Optional<String> subject = subjects.find(query.jobSeekerId());
            if (subject.isEmpty()) {
                return Page.of(List.of(), pageable, 0L);
            }
            where.append(" AND e.subject_id = ?");
            params.add(subject.get());
        }
        if (query.actor() != null) {
            where.append(" AND e.actor = ?");
            params.add(query.actor());
        }
        if (query.from() != null) {
            where.append(" AND e.occurred_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (query.to() != null) {
            where.append(" AND e.occurred_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (query.unit() != null) {
            where.append(" AND e.employment_unit_code = ?");
            params.add(query.unit());
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM audit_event e" + where, st -> {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String sql = "SELECT e.id, e.occurred_at, e.actor, e.actor_role, e.action, s.job_seeker_id,"
                + " e.employment_unit_code, e.detail FROM audit_event e"
                + " LEFT JOIN audit_subject s ON s.id = e.subject_id" + where
                + " ORDER BY e.id DESC LIMIT " + pageable.getSize() + " OFFSET " + pageable.getOffset();
        List<AuditRow> rows = jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            List<AuditRow> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(new AuditRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                            rs.getString(8)));
                }
            }
            return found;
        });
        return Page.of(rows, pageable, total);
    }

    /**
     * The same line as {@link #record} for each of many people just created (a file import), in one batch: the
     * person's id and unit, no detail.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void recordCreations(Auditor who, List<String> jobSeekerIds, List<String> units) {
        java.util.Map<String, String> subjectIds = subjects.ofNew(jobSeekerIds);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement("INSERT INTO audit_event (occurred_at, actor, actor_role, action, subject_id,"
                + " employment_unit_code, detail) VALUES (?, ?, ?, ?, ?, ?, NULL)", st -> {
            for (int i = 0; i < jobSeekerIds.size(); i++) {
                st.setTimestamp(1, now);
                st.setString(2, who.username());
                st.setString(3, who.role());
                st.setString(4, AuditAction.CREATE.name());
                st.setString(5, subjectIds.get(jobSeekerIds.get(i)));
                st.setString(6, units.get(i));
                st.addBatch();
            }
            return st.executeBatch();
        });
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    @Nullable
    private static String cut(@Nullable String detail) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        return detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
    }
}
