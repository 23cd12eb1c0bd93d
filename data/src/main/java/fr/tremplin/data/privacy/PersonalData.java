package fr.tremplin.data.privacy;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Right of access: every row held about one person outside their own record, table by table, as plain values
 * (text, numbers, booleans; dates and instants as ISO text). The person's record, consent history and audit
 * lines come from their own services.
 */
@Singleton
public class PersonalData {
    /** Table (as named in the export) → the query that selects the person's rows; the only parameter is the id. */
    static final Map<String, String> QUERIES = queries();

    private final JdbcOperations jdbc;

    public PersonalData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    public Map<String, List<Map<String, Object>>> of(String jobSeekerId) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        QUERIES.forEach((name, sql) -> tables.put(name, rows(sql, jobSeekerId)));
        return tables;
    }

    private List<Map<String, Object>> rows(String sql, String id) {
        return jdbc.prepareStatement(sql, st -> {
            st.setString(1, id);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), plain(rs, c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    private static Object plain(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer) {
            return value;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("shortlistEntries", """
                SELECT c.shortlist_id, s.vacancy_id, v.title AS vacancy_title, s.employer_id, e.name AS employer_name,
                       s.employment_unit_code, c.status, c.reason, c.comment, c.status_changed_at, c.answered_at,
                       c.created_at
                FROM shortlist_candidate c JOIN shortlist s ON s.id = c.shortlist_id
                LEFT JOIN vacancy v ON v.id = s.vacancy_id LEFT JOIN employer e ON e.id = s.employer_id
                WHERE c.job_seeker_id = ? ORDER BY c.created_at""");
        q.put("shortlistTransitions", """
                SELECT shortlist_id, kind, from_status, to_status, reason, comment, actor, actor_role, occurred_at
                FROM shortlist_transition WHERE job_seeker_id = ? ORDER BY id""");
        q.put("profileShares", """
                SELECT p.shortlist_id, p.recipient_employer_id, e.name AS recipient_name, p.level, p.consent_basis,
                       p.shared_by, p.shared_at
                FROM profile_share p LEFT JOIN employer e ON e.id = p.recipient_employer_id
                WHERE p.job_seeker_id = ? ORDER BY p.shared_at""");
        q.put("placements", """
                SELECT id, vacancy_id, employer_id, shortlist_id, employment_unit_code, contract_type, start_date,
                       end_date, hours_per_week, publics, insertion_contract_ref, hired_by, hired_at
                FROM placement WHERE job_seeker_id = ? ORDER BY hired_at""");
        q.put("insertionHours", """
                SELECT h.public_contract_id, c.ref AS contract_ref, h.placement_id, h.work_month, h.hours,
                       h.recorded_by, h.recorded_at
                FROM insertion_hours h LEFT JOIN public_contract c ON c.id = h.public_contract_id
                WHERE h.job_seeker_id = ? ORDER BY h.work_month""");
        q.put("newMatches", """
                SELECT m.vacancy_id, v.title AS vacancy_title, m.match_rank, m.matched_at
                FROM new_match m LEFT JOIN vacancy v ON v.id = m.vacancy_id
                WHERE m.job_seeker_id = ? ORDER BY m.matched_at""");
        return q;
    }
}
