package fr.tremplin.data.demo;

import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.employer.EmployerRepository;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerRepository;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.PasswordHasher;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyRepository;
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
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The loader against the test JVM's MariaDB: a small data set, loaded at startup, once. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.db.name", value = "demo_loader")
@Property(name = "tremplin.demo.enabled", value = "true")
@Property(name = "tremplin.demo.seekers", value = "500")
@Property(name = "tremplin.demo.companies", value = "60")
@Property(name = "tremplin.demo.vacancies", value = "120")
class DemoDataLoaderTest {

    private static final int FIXED_EMPLOYERS = EmployerGenerator.FIRST_COMPANY_ORDINAL;

    @Inject
    DemoDataLoader loader;
    @Inject
    AppUserRepository users;
    @Inject
    JobSeekerRepository seekers;
    @Inject
    VacancyRepository vacancies;
    @Inject
    EmployerRepository employers;
    @Inject
    PasswordHasher passwordHasher;
    @Inject
    Referential referential;
    /** The application clock the loader dated the data with (Paris's day, whatever the JVM's zone). */
    @Inject
    Clock clock;

    DataSource dataSource;

    @Inject
    void setDataSource(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Test
    void theStartLoadedTheSmallDataSet() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM job_seeker")).isEqualTo(500);
        assertThat(count("SELECT COUNT(*) FROM employer")).isEqualTo(FIXED_EMPLOYERS + 60);
        assertThat(count("SELECT COUNT(*) FROM vacancy WHERE status = 'OPEN'")).isEqualTo(120);
        assertThat(count("SELECT COUNT(*) FROM vacancy")).isEqualTo(120 + 120 / DemoDataGenerator.OPEN_PER_CLOSED);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE demo = TRUE")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM outbox_event")).isZero();
        assertThat(count("SELECT COUNT(DISTINCT employment_unit_code) FROM job_seeker")).isEqualTo(9);
    }

    @Test
    void aSecondLoadInsertsNothing() throws SQLException {
        long before = count("SELECT COUNT(*) FROM job_seeker") + count("SELECT COUNT(*) FROM vacancy")
                + count("SELECT COUNT(*) FROM employer") + count("SELECT COUNT(*) FROM app_user");
        DemoDataLoader.Report report = loader.load();
        assertThat(report.nothingInserted()).isTrue();
        long after = count("SELECT COUNT(*) FROM job_seeker") + count("SELECT COUNT(*) FROM vacancy")
                + count("SELECT COUNT(*) FROM employer") + count("SELECT COUNT(*) FROM app_user");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aDeletedSeekerDoesNotMakeTheLoaderRunAgain() throws SQLException {
        String id = DemoDataGenerator.seekerId(499);
        seekers.deleteById(id);
        assertThat(loader.load().nothingInserted()).isTrue();
        assertThat(seekers.existsById(id)).isFalse();
    }

    @Test
    void theFiveDemoAccountsLogInWithDemo() {
        AppUser admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.demo()).isTrue();
        assertThat(passwordHasher.matches("demo", admin.passwordHash())).isTrue();
        assertThat(passwordHasher.matches("Demo", admin.passwordHash())).isFalse();

        AppUser adviser = users.findByUsername("conseiller").orElseThrow();
        assertThat(adviser.role()).isEqualTo(Role.ADVISER);
        assertThat(adviser.employmentUnit()).isEqualTo("NANTES-NORD");
        AppUser manager = users.findByUsername("responsable").orElseThrow();
        assertThat(manager.role()).isEqualTo(Role.UNIT_MANAGER);
        assertThat(manager.employmentUnit()).isEqualTo("NANTES-NORD");

        AppUser company = users.findByUsername("entreprise").orElseThrow();
        assertThat(company.role()).isEqualTo(Role.EMPLOYER);
        assertThat(employers.findById(company.employerId()).orElseThrow().kind().name()).isEqualTo("COMPANY");
        AppUser group = users.findByUsername("geiq").orElseThrow();
        assertThat(group.role()).isEqualTo(Role.EMPLOYER);
        assertThat(employers.findById(group.employerId()).orElseThrow().name()).isEqualTo("GEIQ BTP 44");
        assertThat(users.findAll()).allSatisfy(u -> assertThat(u.passwordHash()).isEqualTo(admin.passwordHash()));
    }

    @Test
    void rowsReadBackThroughTheRepositoriesEqualTheGeneratedRecords() {
        DemoData expected = new DemoDataGenerator(referential, DemoDataGenerator.LOIRE_ATLANTIQUE_UNITS,
                DemoDataGenerator.DEFAULT_SEED, LocalDate.now(clock)).generate(new DemoDataSize(500, 60, 120));
        for (int i : new int[] {0, 1, 2, 137, 498}) {
            JobSeeker loaded = seekers.findById(DemoDataGenerator.seekerId(i)).orElseThrow();
            assertThat(loaded).usingRecursiveComparison().ignoringFields("createdAt", "updatedAt")
                    .isEqualTo(expected.seekers().get(i));
            assertThat(loaded.createdAt()).isNotNull();
            assertThat(loaded.version()).isZero();
        }
        for (int i : new int[] {0, 5, 60, 119, 121}) {
            Vacancy loaded = vacancies.findById(DemoDataGenerator.vacancyId(i)).orElseThrow();
            assertThat(loaded).usingRecursiveComparison().ignoringFields("createdAt", "updatedAt")
                    .isEqualTo(expected.vacancies().get(i));
        }
        assertThat(vacancies.findById(DemoDataGenerator.vacancyId(121)).orElseThrow().status())
                .isNotEqualTo(VacancyStatus.OPEN);
        assertThat(employers.findById(DemoDataGenerator.demoCompanyId()).orElseThrow())
                .usingRecursiveComparison().ignoringFields("createdAt", "updatedAt")
                .isEqualTo(expected.employers().get(EmployerGenerator.FIRST_COMPANY_ORDINAL));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
