package fr.tremplin.data.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo history loaded with a mid-sized data set: every table has rows, and they agree with each other. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.db.name", value = "demo_history")
@Property(name = "tremplin.demo.enabled", value = "true")
@Property(name = "tremplin.demo.seekers", value = "4000")
@Property(name = "tremplin.demo.companies", value = "200")
@Property(name = "tremplin.demo.vacancies", value = "800")
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class DemoHistoryTest {

    DataSource dataSource;

    @Inject
    void setDataSource(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Test
    void everyPartOfTheHistoryIsThere() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM shortlist WHERE status = 'SENT'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM shortlist WHERE status = 'CLOSED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM shortlist WHERE status = 'DRAFT'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM shortlist_candidate WHERE status = 'EXPIRED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM shortlist_transition WHERE kind = 'REMINDER'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM placement")).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT public_contract_id) FROM insertion_hours")).isGreaterThan(1);
        assertThat(count("SELECT COUNT(*) FROM public_contract"))
                .isEqualTo(count("SELECT COUNT(DISTINCT insertion_contract_ref) FROM vacancy"));
        assertThat(count("SELECT COUNT(*) FROM outbox_event")).isZero();
    }

    @Test
    void theDemoAccountsEmployersHaveShortlistsWaitingForThem() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM shortlist WHERE status = 'SENT' AND employer_id = '"
                + DemoDataGenerator.demoCompanyId() + "'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM shortlist WHERE status = 'SENT' AND employer_id = '"
                + DemoDataGenerator.demoGroupId() + "'")).isPositive();
    }

    @Test
    void theHistoryAgreesWithTheRows() throws SQLException {
        assertThat(count("""
                SELECT COUNT(*) FROM placement p JOIN job_seeker s ON s.id = p.job_seeker_id
                WHERE s.status <> 'PLACED' OR s.consent_to_share = FALSE""")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM placement p JOIN vacancy v ON v.id = p.vacancy_id WHERE v.status <> 'FILLED'""")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM shortlist_candidate c JOIN job_seeker s ON s.id = c.job_seeker_id
                WHERE s.consent_to_share = FALSE""")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM shortlist_candidate c JOIN shortlist l ON l.id = c.shortlist_id
                WHERE c.status = 'HIRED' AND NOT EXISTS (SELECT 1 FROM placement p
                  WHERE p.shortlist_id = l.id AND p.job_seeker_id = c.job_seeker_id)""")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM insertion_hours h JOIN placement p ON p.id = h.placement_id
                JOIN public_contract c ON c.id = h.public_contract_id
                WHERE h.work_month < DATE_FORMAT(p.start_date, '%Y-%m-01') OR h.work_month > c.end_date
                   OR h.work_month < DATE_FORMAT(c.start_date, '%Y-%m-01')""")).isZero();
        assertThat(count("SELECT COUNT(*) FROM shortlist_transition WHERE occurred_at > NOW(6) + INTERVAL 1 MINUTE")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM shortlist_candidate c JOIN shortlist l ON l.id = c.shortlist_id
                WHERE l.status = 'CLOSED' AND c.status IN ('DRAFT', 'PROPOSED', 'VIEWED', 'INTERVIEW')""")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM shortlist_candidate c JOIN shortlist l ON l.id = c.shortlist_id
                JOIN vacancy v ON v.id = l.vacancy_id WHERE v.created_at > l.created_at""")).isZero();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
