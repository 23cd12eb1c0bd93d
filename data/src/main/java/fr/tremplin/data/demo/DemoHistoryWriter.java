package fr.tremplin.data.demo;

import fr.tremplin.data.common.CodeListConverter;
import fr.tremplin.data.insertion.InsertionHours;
import fr.tremplin.data.insertion.PublicContract;
import fr.tremplin.data.placement.Placement;
import fr.tremplin.data.shortlist.ProfileShare;
import fr.tremplin.data.shortlist.Shortlist;
import fr.tremplin.data.shortlist.ShortlistCandidate;
import fr.tremplin.data.shortlist.ShortlistTransition;
import io.micronaut.core.convert.ConversionContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Inserts the demo history with JDBC batches on the loader's connection (the caller owns the transaction),
 * then moves the publication and registration dates of the rows it involves back before it. No outbox
 * events, like the rest of the demo data: the indexes are built from the database on first start.
 */
final class DemoHistoryWriter {
    private static final int BATCH = 500;
    private static final CodeListConverter CODES = new CodeListConverter();

    private final Connection connection;

    DemoHistoryWriter(Connection connection) {
        this.connection = connection;
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement s, T row) throws SQLException;
    }

    void write(DemoHistory h) throws SQLException {
        batch("INSERT INTO public_contract (id, ref, buyer_id, title, hours_target, start_date, end_date, created_by,"
                + " created_at, version) VALUES (?,?,?,?,?,?,?,?,?,0)", h.contracts(), this::contract);
        batch("INSERT INTO shortlist (id, vacancy_id, employer_id, employment_unit_code, note, status, created_by,"
                + " created_at, sent_at, reminded_at, closed_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)",
                h.shortlists(), this::shortlist);
        batch("INSERT INTO shortlist_candidate (id, shortlist_id, job_seeker_id, list_order, status, reason, comment,"
                + " status_changed_at, answered_at, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
                h.candidates(), this::candidate);
        batch("INSERT INTO shortlist_transition (shortlist_id, job_seeker_id, kind, from_status, to_status, reason,"
                + " comment, actor, actor_role, occurred_at) VALUES (?,?,?,?,?,?,?,?,?,?)", h.transitions(), this::transition);
        batch("INSERT INTO profile_share (id, job_seeker_id, shortlist_id, recipient_employer_id, level, consent_basis,"
                + " seeker_version, shared_by, shared_at) VALUES (?,?,?,?,?,?,?,?,?)", h.shares(), this::share);
        batch("INSERT INTO placement (id, job_seeker_id, vacancy_id, employer_id, shortlist_id, employment_unit_code,"
                + " contract_type, start_date, end_date, hours_per_week, publics, insertion_contract_ref, days_to_fill,"
                + " hired_by, hired_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)", h.placements(), this::placement);
        batch("INSERT INTO insertion_hours (id, public_contract_id, job_seeker_id, placement_id, work_month, hours,"
                + " recorded_by, recorded_at, version) VALUES (?,?,?,?,?,?,?,?,0)", h.hours(), this::hours);
        batch("UPDATE vacancy SET created_at = ? WHERE id = ?", List.copyOf(h.vacancyCreatedAt().entrySet()), this::date);
        batch("UPDATE job_seeker SET created_at = ? WHERE id = ?", List.copyOf(h.seekerCreatedAt().entrySet()), this::date);
    }

    private void contract(PreparedStatement s, PublicContract c) throws SQLException {
        s.setString(1, c.id());
        s.setString(2, c.ref());
        s.setString(3, c.buyerId());
        s.setString(4, c.title());
        s.setInt(5, c.hoursTarget());
        s.setObject(6, c.startDate());
        s.setObject(7, c.endDate());
        s.setString(8, c.createdBy());
        s.setTimestamp(9, Timestamp.from(c.createdAt()));
    }

    private void shortlist(PreparedStatement s, Shortlist l) throws SQLException {
        s.setString(1, l.id());
        s.setString(2, l.vacancyId());
        s.setString(3, l.employerId());
        s.setString(4, l.unit());
        s.setString(5, l.note());
        s.setString(6, l.status().name());
        s.setString(7, l.createdBy());
        s.setTimestamp(8, Timestamp.from(l.createdAt()));
        timestamp(s, 9, l.sentAt());
        timestamp(s, 10, l.remindedAt());
        timestamp(s, 11, l.closedAt());
        s.setTimestamp(12, Timestamp.from(l.updatedAt()));
    }

    private void candidate(PreparedStatement s, ShortlistCandidate c) throws SQLException {
        s.setString(1, c.id());
        s.setString(2, c.shortlistId());
        s.setString(3, c.jobSeekerId());
        s.setInt(4, c.listOrder());
        s.setString(5, c.status().name());
        s.setString(6, c.reason() == null ? null : c.reason().name());
        s.setString(7, c.comment());
        s.setTimestamp(8, Timestamp.from(c.statusChangedAt()));
        timestamp(s, 9, c.answeredAt());
        s.setTimestamp(10, Timestamp.from(c.createdAt()));
        s.setTimestamp(11, Timestamp.from(c.updatedAt()));
    }

    private void transition(PreparedStatement s, ShortlistTransition t) throws SQLException {
        s.setString(1, t.shortlistId());
        s.setString(2, t.jobSeekerId());
        s.setString(3, t.kind().name());
        s.setString(4, t.fromStatus());
        s.setString(5, t.toStatus());
        s.setString(6, t.reason());
        s.setString(7, t.comment());
        s.setString(8, t.actor());
        s.setString(9, t.actorRole());
        s.setTimestamp(10, Timestamp.from(t.occurredAt()));
    }

    private void share(PreparedStatement s, ProfileShare p) throws SQLException {
        s.setString(1, p.id());
        s.setString(2, p.jobSeekerId());
        s.setString(3, p.shortlistId());
        s.setString(4, p.recipientEmployerId());
        s.setString(5, p.level().name());
        s.setString(6, p.consentBasis());
        s.setLong(7, p.seekerVersion() == null ? 0L : p.seekerVersion());
        s.setString(8, p.sharedBy());
        s.setTimestamp(9, Timestamp.from(p.sharedAt()));
    }

    private void placement(PreparedStatement s, Placement p) throws SQLException {
        s.setString(1, p.id());
        s.setString(2, p.jobSeekerId());
        s.setString(3, p.vacancyId());
        s.setString(4, p.employerId());
        s.setString(5, p.shortlistId());
        s.setString(6, p.unit());
        s.setString(7, p.contractType().name());
        s.setObject(8, p.startDate());
        date(s, 9, p.endDate());
        s.setInt(10, p.hoursPerWeek());
        s.setString(11, CODES.convertToPersistedValue(p.publics(), ConversionContext.DEFAULT));
        s.setString(12, p.insertionContractRef());
        if (p.daysToFill() == null) {
            s.setNull(13, Types.INTEGER);
        } else {
            s.setInt(13, p.daysToFill());
        }
        s.setString(14, p.hiredBy());
        s.setTimestamp(15, Timestamp.from(p.hiredAt()));
    }

    private void hours(PreparedStatement s, InsertionHours h) throws SQLException {
        s.setString(1, h.id());
        s.setString(2, h.publicContractId());
        s.setString(3, h.jobSeekerId());
        s.setString(4, h.placementId());
        s.setObject(5, h.workMonth());
        s.setBigDecimal(6, h.hours());
        s.setString(7, h.recordedBy());
        s.setTimestamp(8, Timestamp.from(h.recordedAt()));
    }

    private void date(PreparedStatement s, Map.Entry<String, Instant> e) throws SQLException {
        s.setTimestamp(1, Timestamp.from(e.getValue()));
        s.setString(2, e.getKey());
    }

    private <T> void batch(String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(s, row);
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new SQLException("Writing the demo history failed (" + sql.substring(0, Math.min(40, sql.length()))
                    + "…): " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
    }

    private static void timestamp(PreparedStatement s, int i, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.TIMESTAMP);
        } else {
            s.setTimestamp(i, Timestamp.from(value));
        }
    }

    private static void date(PreparedStatement s, int i, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setObject(i, value);
        }
    }
}
