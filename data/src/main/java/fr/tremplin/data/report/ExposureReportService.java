package fr.tremplin.data.report;

import fr.tremplin.core.alert.ExposureShare;
import fr.tremplin.core.alert.Waiting;
import fr.tremplin.core.alert.WaitingBand;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.wording.FrenchLabels;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.unit.EmploymentUnit;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fair exposure: who gets proposed to employers, against who is in the caseload.
 * <ul>
 *   <li>people: the unit's people active at the end of the period, and those proposed during it (placed since);</li>
 *   <li>proposals: entries of shortlists sent during the period, counted for the person's current unit;</li>
 *   <li>per public: the person's publics (a person may count in several; « aucun » when none);</li>
 *   <li>per waiting band: a person by their waiting at the end of the period, a proposal by the person's waiting when
 *       it was sent (since the previous proposal, or the record's creation: {@link Waiting}).</li>
 * </ul>
 * The shares and ratios come from {@link ExposureShare}. People erased since are not counted.
 */
@Singleton
public class ExposureReportService {

    private final JdbcOperations jdbc;
    private final EmploymentUnitRepository units;
    private final Clock clock;

    public ExposureReportService(JdbcOperations jdbc, EmploymentUnitRepository units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    /**
     * Today in Paris, the day the report's periods are cut in: a period ending "today" by the server's zone (UTC on
     * most servers) would end at the last Paris midnight from 23:00 (22:00 in summer) to midnight UTC, and leave out
     * what was done since.
     */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), DepartementTime.ZONE);
    }

    @ReadOnly
    public ExposureReport exposure(ReportPeriod period, @Nullable String unit) {
        Instant start = period.from().atStartOfDay(DepartementTime.ZONE).toInstant();
        Instant endOfPeriod = period.to().plusDays(1).atStartOfDay(DepartementTime.ZONE).toInstant();
        Instant end = endOfPeriod.isAfter(clock.instant()) ? clock.instant() : endOfPeriod;
        Map<String, Person> people = people(unit, start, endOfPeriod);
        sentDates(unit, endOfPeriod, people);
        Map<String, Tally> byUnit = new LinkedHashMap<>();
        Tally all = new Tally();
        for (Person p : people.values()) {
            boolean proposedInPeriod = p.sent.stream().anyMatch(s -> !s.isBefore(start));
            if (!p.active && !proposedInPeriod) {
                continue;
            }
            Tally tally = byUnit.computeIfAbsent(p.unit, u -> new Tally());
            for (Tally t : List.of(tally, all)) {
                t.person(p, end);
            }
            Instant previous = null;
            for (Instant sent : p.sent) {
                if (!sent.isBefore(start)) {
                    WaitingBand band = WaitingBand.of(Waiting.since(p.createdAt, previous), sent, DepartementTime.ZONE);
                    tally.proposal(p, band);
                    all.proposal(p, band);
                }
                previous = sent;
            }
        }
        Map<String, String> names = new HashMap<>();
        List<ExposureReport.UnitExposure> lines = new ArrayList<>();
        for (EmploymentUnit u : units.findAllOrderByCode()) {
            names.put(u.code(), u.name());
            if (unit == null || unit.equals(u.code())) {
                lines.add(byUnit.getOrDefault(u.code(), new Tally()).line(u.code(), u.name()));
            }
        }
        return new ExposureReport(period.from(), period.to(), unit, lines,
                unit == null ? all.line(ActivityReport.DEPARTEMENT, "Département") : null);
    }

    private Map<String, Person> people(@Nullable String unit, Instant start, Instant end) {
        String sql = "SELECT j.id, j.employment_unit_code, j.publics, j.created_at, j.status = 'ACTIVE' FROM job_seeker j"
                + " WHERE (? IS NULL OR j.employment_unit_code = ?) AND j.created_at < ? AND (j.status = 'ACTIVE' OR EXISTS"
                + " (SELECT 1 FROM shortlist_candidate c JOIN shortlist s ON s.id = c.shortlist_id"
                + "  WHERE c.job_seeker_id = j.id AND s.sent_at >= ? AND s.sent_at < ?))";
        return jdbc.prepareStatement(sql, st -> {
            st.setString(1, unit);
            st.setString(2, unit);
            st.setTimestamp(3, Timestamp.from(end));
            st.setTimestamp(4, Timestamp.from(start));
            st.setTimestamp(5, Timestamp.from(end));
            Map<String, Person> found = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Person(rs.getString(2), publics(rs.getString(3)),
                            rs.getTimestamp(4).toInstant(), rs.getBoolean(5)));
                }
            }
            return found;
        });
    }

    /** Every sending of a shortlist holding these people up to the end of the period, oldest first. */
    private void sentDates(@Nullable String unit, Instant end, Map<String, Person> people) {
        String sql = "SELECT c.job_seeker_id, s.sent_at FROM shortlist_candidate c JOIN shortlist s ON s.id = c.shortlist_id"
                + " JOIN job_seeker j ON j.id = c.job_seeker_id"
                + " WHERE s.sent_at IS NOT NULL AND s.sent_at < ? AND (? IS NULL OR j.employment_unit_code = ?)"
                + " ORDER BY s.sent_at";
        jdbc.prepareStatement(sql, st -> {
            st.setTimestamp(1, Timestamp.from(end));
            st.setString(2, unit);
            st.setString(3, unit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Person p = people.get(rs.getString(1));
                    if (p != null) {
                        p.sent.add(rs.getTimestamp(2).toInstant());
                    }
                }
            }
            return null;
        });
    }

    private static Set<Public> publics(@Nullable String codes) {
        Set<Public> set = EnumSet.noneOf(Public.class);
        if (codes != null) {
            for (String code : codes.split(",")) {
                if (!code.isBlank()) {
                    set.add(Public.valueOf(code.strip()));
                }
            }
        }
        return set;
    }

    private static final class Person {
        final String unit;
        final Set<Public> publics;
        final Instant createdAt;
        final boolean active;
        final List<Instant> sent = new ArrayList<>();

        Person(String unit, Set<Public> publics, Instant createdAt, boolean active) {
            this.unit = unit;
            this.publics = publics;
            this.createdAt = createdAt;
            this.active = active;
        }
    }

    private static final class Tally {
        long people;
        long proposals;
        final Map<Public, long[]> byPublic = new EnumMap<>(Public.class);
        final long[] noPublic = new long[2];
        final Map<WaitingBand, long[]> byBand = new EnumMap<>(WaitingBand.class);

        void person(Person p, Instant end) {
            people++;
            groups(p).forEach(g -> g[0]++);
            Instant last = p.sent.isEmpty() ? null : p.sent.getLast();
            band(WaitingBand.of(Waiting.since(p.createdAt, last), end, DepartementTime.ZONE))[0]++;
        }

        void proposal(Person p, WaitingBand band) {
            proposals++;
            groups(p).forEach(g -> g[1]++);
            band(band)[1]++;
        }

        private List<long[]> groups(Person p) {
            if (p.publics.isEmpty()) {
                return List.of(noPublic);
            }
            return p.publics.stream().map(pub -> byPublic.computeIfAbsent(pub, k -> new long[2])).toList();
        }

        private long[] band(WaitingBand band) {
            return byBand.computeIfAbsent(band, k -> new long[2]);
        }

        ExposureReport.UnitExposure line(String code, String name) {
            List<ExposureReport.GroupExposure> groups = new ArrayList<>();
            for (Public pub : Public.values()) {
                long[] n = byPublic.getOrDefault(pub, new long[2]);
                groups.add(group("PUBLIC", pub.name(), FrenchLabels.publicShort(pub), n));
            }
            groups.add(group("PUBLIC", "NONE", "Aucun public prioritaire", noPublic));
            for (WaitingBand band : WaitingBand.values()) {
                groups.add(group("WAITING", band.name(), "Attente : " + band.label().toLowerCase(java.util.Locale.ROOT),
                        byBand.getOrDefault(band, new long[2])));
            }
            return new ExposureReport.UnitExposure(code, name, people, proposals, groups);
        }

        private ExposureReport.GroupExposure group(String dimension, String code, String label, long[] n) {
            ExposureShare share = ExposureShare.of(n[0], n[1], people, proposals);
            return new ExposureReport.GroupExposure(dimension, code, label, n[0], n[1], share.peopleShare(),
                    share.proposalShare(), share.ratio());
        }
    }
}
