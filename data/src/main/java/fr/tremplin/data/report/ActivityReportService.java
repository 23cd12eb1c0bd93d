package fr.tremplin.data.report;

import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.unit.EmploymentUnit;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The activity report: a handful of grouped queries, one per measure, read in one transaction. Shortlists
 * count for the unit of the adviser who built them; people, hires and insertion hours for the unit of the
 * person; vacancies for the unit nearest to their workplace.
 */
@Singleton
public class ActivityReportService {
    private static final String NO_UNIT = "";

    private final JdbcOperations jdbc;
    private final EmploymentUnitRepository units;
    private final fr.tremplin.data.unit.UnitTerritories territories;
    private final Clock clock;

    public ActivityReportService(JdbcOperations jdbc, EmploymentUnitRepository units,
                                 fr.tremplin.data.unit.UnitTerritories territories, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.territories = territories;
        this.clock = clock;
    }

    /** @param unit one unit, or null for every unit and the département */
    @ReadOnly
    public ActivityReport activity(ReportPeriod period, @Nullable String unit) {
        List<EmploymentUnit> all = units.findAllOrderByCode();
        Map<String, UnitTally> tallies = new HashMap<>();
        ZoneId zone = clock.getZone();
        Object start = period.start(zone);
        Object end = period.end(zone);
        query("""
                SELECT employment_unit_code, COUNT(*) FROM job_seeker
                WHERE created_at < ? AND (status <> 'EXITED' OR updated_at >= ?)
                GROUP BY employment_unit_code""", tallies, (t, rs) -> t.seekersCoached = rs.getLong(2), end, start);
        openVacancies(all, tallies, end);
        query("""
                SELECT employment_unit_code, COUNT(DISTINCT vacancy_id) FROM shortlist
                WHERE created_at >= ? AND created_at < ? GROUP BY employment_unit_code""",
                tallies, (t, rs) -> t.vacanciesWorked = rs.getLong(2), start, end);
        query("""
                SELECT employment_unit_code, COUNT(*) FROM shortlist
                WHERE sent_at >= ? AND sent_at < ? GROUP BY employment_unit_code""",
                tallies, (t, rs) -> t.shortlistsSent = rs.getLong(2), start, end);
        query("""
                SELECT s.employment_unit_code, COUNT(*),
                       SUM(c.answered_at IS NOT NULL),
                       SUM(c.answered_at IS NULL AND c.status IN ('WITHDRAWN', 'CLOSED')),
                       COALESCE(SUM(CASE WHEN c.answered_at IS NOT NULL
                                    THEN TIMESTAMPDIFF(SECOND, s.sent_at, c.answered_at) END), 0)
                FROM shortlist_candidate c JOIN shortlist s ON s.id = c.shortlist_id
                WHERE s.sent_at >= ? AND s.sent_at < ? AND c.status <> 'DRAFT' AND c.status_changed_at >= s.sent_at
                GROUP BY s.employment_unit_code""", tallies, (t, rs) -> {
            t.proposed = rs.getLong(2);
            t.answered = rs.getLong(3);
            t.dropped = rs.getLong(4);
            t.answerSeconds = rs.getDouble(5);
        }, start, end);
        query("""
                SELECT s.employment_unit_code, COUNT(*)
                FROM shortlist_transition t JOIN shortlist s ON s.id = t.shortlist_id
                WHERE t.to_status = 'INTERVIEW' AND t.job_seeker_id IS NOT NULL AND t.occurred_at >= ? AND t.occurred_at < ?
                GROUP BY s.employment_unit_code""", tallies, (t, rs) -> t.interviews = rs.getLong(2), start, end);
        query("""
                SELECT employment_unit_code, contract_type, COUNT(*), COALESCE(SUM(days_to_fill), 0), COUNT(days_to_fill)
                FROM placement WHERE hired_at >= ? AND hired_at < ?
                GROUP BY employment_unit_code, contract_type""", tallies, (t, rs) -> {
            t.hiresByType.merge(rs.getString(2), rs.getLong(3), Long::sum);
            t.daysToFillSum += rs.getLong(4);
            t.daysToFillCount += rs.getLong(5);
        }, start, end);
        query("""
                SELECT p.employment_unit_code, SUM(h.hours)
                FROM insertion_hours h JOIN placement p ON p.id = h.placement_id
                WHERE h.work_month >= ? AND h.work_month <= ? GROUP BY p.employment_unit_code""",
                tallies, (t, rs) -> t.insertionHours = rs.getBigDecimal(2), period.firstMonth(), period.lastMonth());
        return assemble(period, unit, all, tallies);
    }

    private ActivityReport assemble(ReportPeriod period, @Nullable String unit, List<EmploymentUnit> all,
                                    Map<String, UnitTally> tallies) {
        List<UnitActivity> rows = new ArrayList<>();
        for (EmploymentUnit u : all) {
            if (unit == null || unit.equals(u.code())) {
                rows.add(tallies.getOrDefault(u.code(), new UnitTally()).toActivity(u.code(), u.name()));
            }
        }
        UnitActivity departement = null;
        if (unit == null) {
            UnitTally total = new UnitTally();
            tallies.values().forEach(total::add);
            departement = total.toActivity(ActivityReport.DEPARTEMENT, "Loire-Atlantique (toutes les unités)");
        }
        return new ActivityReport(period.from(), period.to(), unit, rows, departement);
    }

    /** OPEN vacancies published before the end, counted for the unit nearest to their commune. */
    private void openVacancies(List<EmploymentUnit> all, Map<String, UnitTally> tallies, Object end) {
        Map<String, Long> byCommune = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT commune_insee, COUNT(*) FROM vacancy WHERE status = 'OPEN' AND created_at < ?"
                + " GROUP BY commune_insee", statement -> {
            statement.setObject(1, end);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byCommune.put(rs.getString(1), rs.getLong(2));
                }
            }
            return null;
        });
        byCommune.forEach((commune, count) -> tally(tallies, nearestUnit(all, commune)).openVacancies += count);
    }

    private String nearestUnit(List<EmploymentUnit> all, String commune) {
        return territories.nearestUnit(all, commune).orElse(NO_UNIT);
    }

    private interface RowReader {
        void read(UnitTally tally, ResultSet rs) throws SQLException;
    }

    /** Runs a query whose first column is the unit code, adding each row to that unit's tally. */
    private void query(String sql, Map<String, UnitTally> tallies, RowReader reader, Object... parameters) {
        jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(tally(tallies, rs.getString(1)), rs);
                }
            }
            return null;
        });
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }

    private static UnitTally tally(Map<String, UnitTally> tallies, @Nullable String unit) {
        return tallies.computeIfAbsent(unit == null ? NO_UNIT : unit, u -> new UnitTally());
    }
}
