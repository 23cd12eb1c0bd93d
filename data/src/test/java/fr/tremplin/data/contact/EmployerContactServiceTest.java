package fr.tremplin.data.contact;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.employer.Sector;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 7-day rule of contacts with companies on real MariaDB: its edges, other units, and two advisers at once. */
@MicronautTest(transactional = false)
class EmployerContactServiceTest {
    private static final Auditor ADVISER = new Auditor("conseiller", "ADVISER");

    @Inject
    EmployerContactService contacts;
    @Inject
    EmployerService employers;

    private String company() {
        String siret = String.format("9%013d", System.nanoTime() % 10_000_000_000_000L);
        return employers.create(new Employer(null, siret, "Maçonnerie du Don " + siret, EmployerKind.COMPANY,
                Sector.BUILDING, "44003", "4399C", null, null, null)).id();
    }

    private EmployerContact record(String employer, String unit, LocalDate on) {
        return contacts.record(new NewContact(employer, unit, on, ContactOutcome.NO_ANSWER, null), ADVISER);
    }

    @Test
    void sixDaysApartIsRefusedSevenIsAllowedAndEachUnitHasItsOwnWeek() {
        String employer = company();
        LocalDate today = LocalDate.now(DepartementTime.ZONE);
        record(employer, "NANTES-NORD", today.minusDays(10));
        assertThatThrownBy(() -> record(employer, "NANTES-NORD", today.minusDays(4)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("moins de 7 jours");
        assertThatThrownBy(() -> record(employer, "NANTES-NORD", today.minusDays(16)))
                .as("the rule looks both ways").isInstanceOf(ConflictException.class);
        record(employer, "NANTES-NORD", today.minusDays(3));
        record(employer, "SAINT-NAZAIRE", today.minusDays(3));
        assertThat(contacts.of(employer)).extracting(EmployerContact::contactedOn)
                .containsExactly(today.minusDays(3), today.minusDays(3), today.minusDays(10));
        assertThat(contacts.latestByUnit("NANTES-NORD", List.of(employer, "inconnue")))
                .containsOnlyKeys(employer).containsEntry(employer, today.minusDays(3));
    }

    @Test
    void advisersRecordingAtOnceRecordOnlyOneContact() throws Exception {
        String employer = company();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        record(employer, "NANTES-NORD", LocalDate.now(DepartementTime.ZONE));
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int recorded = 0;
            for (Future<Boolean> result : results) {
                recorded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(recorded).isEqualTo(1);
            assertThat(contacts.of(employer)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
