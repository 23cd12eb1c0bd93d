package fr.tremplin.data.alert;

import fr.tremplin.core.alert.AlertKind;
import fr.tremplin.data.report.ExposureReport;
import fr.tremplin.data.report.ExposureReportService;
import fr.tremplin.data.report.ReportPeriod;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts and the exposure report on the demo data and its history (the same mid-sized set as DemoHistoryTest):
 * the demo adviser's unit has people without a proposal, all of that unit, and consents to renew.
 */
@MicronautTest(transactional = false)
@Property(name = "tremplin.db.name", value = "demo_history")
@Property(name = "tremplin.demo.enabled", value = "true")
@Property(name = "tremplin.demo.seekers", value = "4000")
@Property(name = "tremplin.demo.companies", value = "200")
@Property(name = "tremplin.demo.vacancies", value = "800")
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class DemoAlertsTest {
    @Inject
    AlertService alerts;
    @Inject
    ExposureReportService exposure;
    DataSource dataSource;

    @Inject
    void setDataSource(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Test
    void theDemoAdvisersUnitHasPeopleWithoutProposalAllOfThatUnit() throws SQLException {
        List<Alert> waiting = alerts.of("NANTES-NORD", Set.of(AlertKind.NO_PROPOSAL));
        assertThat(waiting).isNotEmpty();
        Map<String, String> units = units();
        assertThat(waiting).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.NO_PROPOSAL);
            assertThat(units.get(a.jobSeekerId())).isEqualTo("NANTES-NORD");
            assertThat(a.unit()).isEqualTo("NANTES-NORD");
        });
        assertThat(waiting.stream().map(Alert::since).toList()).isSorted();
        long proposedOnce = waiting.stream().filter(a -> a.detail().startsWith("Aucune proposition")).count();
        long neverProposed = waiting.stream().filter(a -> a.detail().startsWith("Jamais proposée")).count();
        assertThat(proposedOnce + neverProposed).isEqualTo(waiting.size());
        assertThat(neverProposed).isPositive();
        System.out.printf("Demo data, NANTES-NORD: %d people without a proposal for 3 months (%d never proposed)%n",
                waiting.size(), neverProposed);
    }

    @Test
    void consentsGivenAtEntryMoreThanElevenMonthsAgoAreToRenew() throws SQLException {
        List<Alert> consents = alerts.of("NANTES-NORD", Set.of(AlertKind.CONSENT_EXPIRING));
        assertThat(consents).isNotEmpty().allSatisfy(a -> assertThat(a.since()).isBefore(Instant.now()));
        assertThat(alerts.of(null, Set.of(AlertKind.CONSENT_EXPIRING)).size()).isGreaterThan(consents.size());
        assertThat(alerts.of("NANTES-NORD", Set.of()).stream().map(Alert::kind).distinct())
                .contains(AlertKind.NO_PROPOSAL, AlertKind.CONSENT_EXPIRING);
    }

    @Test
    void theExposureReportCountsEveryProposalOfThePeriodOnce() throws SQLException {
        LocalDate today = ExposureReportService.today(Clock.systemUTC());
        ExposureReport report = exposure.exposure(new ReportPeriod(today.minusMonths(12), today), null);
        ExposureReport.UnitExposure all = report.departement();
        assertThat(all).isNotNull();
        assertThat(report.units().stream().mapToLong(ExposureReport.UnitExposure::proposals).sum())
                .isEqualTo(all.proposals());
        assertThat(all.proposals()).isEqualTo(count("""
                SELECT COUNT(*) FROM shortlist_candidate c JOIN shortlist s ON s.id = c.shortlist_id
                JOIN job_seeker j ON j.id = c.job_seeker_id
                WHERE s.sent_at >= NOW(6) - INTERVAL 12 MONTH - INTERVAL 1 DAY"""));
        for (ExposureReport.GroupExposure g : all.groups()) {
            System.out.printf("Demo exposure (département, 12 months) %-40s people %5d (%5.1f %%) proposals %5d"
                    + " (%5.1f %%) ratio %s%n", g.label(), g.people(), 100 * nz(g.peopleShare()), g.proposals(),
                    100 * nz(g.proposalShare()), g.ratio());
        }
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }

    private Map<String, String> units() throws SQLException {
        Map<String, String> units = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT id, employment_unit_code FROM job_seeker");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                units.put(rs.getString(1), rs.getString(2));
            }
        }
        return units;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
