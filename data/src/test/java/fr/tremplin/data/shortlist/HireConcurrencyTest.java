package fr.tremplin.data.shortlist;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.employer.Sector;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.placement.PlacementFilter;
import fr.tremplin.data.placement.PlacementService;
import fr.tremplin.data.seeker.JobSeekerRepository;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyRepository;
import fr.tremplin.data.vacancy.VacancyService;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** Hires racing for the last position of a vacancy, and proposals closed when a person can no longer be proposed. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.shortlists.follow-up-enabled", value = "false")
class HireConcurrencyTest {
    private static final Actor ADVISER = new Actor("conseiller", Role.ADVISER, null, "NANTES-NORD");
    /** An adviser records the employer's answers on its behalf: the note is mandatory. */
    private static final String ON_THE_PHONE = "réponse donnée par téléphone";

    @Inject
    EmployerService employers;
    @Inject
    VacancyService vacancies;
    @Inject
    VacancyRepository vacancyRepository;
    @Inject
    JobSeekerService seekers;
    @Inject
    JobSeekerRepository seekerRepository;
    @Inject
    ShortlistCommands commands;
    @Inject
    OutcomeService outcomes;
    @Inject
    ShortlistReader reader;
    @Inject
    ShortlistClosure closure;
    @Inject
    PlacementService placements;
    @Inject
    TransactionOperations<Connection> transactions;

    @RepeatedTest(5)
    void twoHiresForTheLastPositionMakeOneHireAndOneConflict() throws Exception {
        Vacancy vacancy = vacancy(1);
        String a = seekers.create(aJobSeeker().build()).id();
        String b = seekers.create(aJobSeeker().build()).id();
        Shortlist list = sentWithInterviews(vacancy, a, b);

        List<Outcome> outcomes = race(() -> hire(list, a), () -> hire(list, b));

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.HIRED, Outcome.CONFLICT);
        assertThat(vacancyRepository.findById(vacancy.id()).orElseThrow().status()).isEqualTo(VacancyStatus.FILLED);
        assertThat(placements.list(new PlacementFilter(null, vacancy.id(), null, null, null, null), Pageable.from(0, 10))
                .getTotalSize()).isEqualTo(1);
        assertThat(List.of(a, b)).filteredOn(id -> status(id) == SeekerStatus.PLACED).hasSize(1);
        assertThat(reader.candidates(List.of(list.id())).get(list.id())).extracting(ShortlistCandidate::status)
                .containsExactlyInAnyOrder(CandidateStatus.HIRED, CandidateStatus.CLOSED);
    }

    @RepeatedTest(5)
    void onePersonHiredByTwoEmployersAtOnceIsHiredOnce() throws Exception {
        String a = seekers.create(aJobSeeker().build()).id();
        Vacancy first = vacancy(2);
        Vacancy second = vacancy(2);
        Shortlist one = sentWithInterviews(first, a);
        Shortlist two = sentWithInterviews(second, a);

        List<Outcome> outcomes = race(() -> hire(one, a), () -> hire(two, a));

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.HIRED, Outcome.CONFLICT);
        assertThat(status(a)).isEqualTo(SeekerStatus.PLACED);
        List<CandidateStatus> states = List.of(one, two).stream()
                .map(l -> reader.candidates(List.of(l.id())).get(l.id()).getFirst().status()).toList();
        assertThat(states).containsExactlyInAnyOrder(CandidateStatus.HIRED, CandidateStatus.CLOSED);
        int positionsLeft = vacancyRepository.findById(first.id()).orElseThrow().positions()
                + vacancyRepository.findById(second.id()).orElseThrow().positions();
        assertThat(positionsLeft).isEqualTo(3);
    }

    private enum Outcome { HIRED, CONFLICT }

    private Shortlist sentWithInterviews(Vacancy vacancy, String... people) {
        Shortlist list = commands.send(commands.create(vacancy.id(), List.of(people), null, ADVISER).id(), ADVISER);
        for (String person : people) {
            outcomes.answer(list.id(), person, new Answer(CandidateStatus.INTERVIEW, null, ON_THE_PHONE, null, null,
                    null, null), ADVISER);
        }
        return list;
    }

    private Outcome hire(Shortlist list, String person) {
        try {
            outcomes.answer(list.id(), person, new Answer(CandidateStatus.HIRED, null, ON_THE_PHONE, ContractType.CDI,
                    LocalDate.now(DepartementTime.ZONE).plusDays(10), null, 35), ADVISER);
            return Outcome.HIRED;
        } catch (ConflictException e) {
            return Outcome.CONFLICT;
        }
    }

    private SeekerStatus status(String id) {
        return seekerRepository.findById(id).orElseThrow().status();
    }

    @SafeVarargs
    private static List<Outcome> race(Callable<Outcome>... hires) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(hires.length);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Outcome> hire : hires) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return hire.call();
                }));
            }
            start.countDown();
            List<Outcome> results = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aPersonWhoCanNoLongerBeProposedLeavesEveryOpenShortlist() {
        String a = seekers.create(aJobSeeker().build()).id();
        Shortlist one = commands.send(commands.create(vacancy(2).id(), List.of(a), null, ADVISER).id(), ADVISER);
        Shortlist two = commands.create(vacancy(2).id(), List.of(a), null, ADVISER);
        transactions.executeWrite(status -> {
            closure.closeProposalsOf(a, Reason.SEEKER_ERASED);
            return null;
        });
        for (Shortlist list : List.of(one, two)) {
            ShortlistCandidate c = reader.candidates(List.of(list.id())).get(list.id()).getFirst();
            assertThat(c.status()).isEqualTo(CandidateStatus.CLOSED);
            assertThat(c.reason()).isEqualTo(Reason.SEEKER_ERASED);
            assertThat(reader.get(list.id(), ADVISER).status().name()).isEqualTo("CLOSED");
        }
    }

    private Vacancy vacancy(int positions) {
        String siret = "9" + String.format("%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        Employer employer = employers.create(new Employer(null, siret, "Bâtiments de l'Erdre", EmployerKind.COMPANY,
                Sector.BUILDING, "44109", null, null, null, null));
        return vacancies.create(new Vacancy(null, employer.id(), "F1703", "Maçon (H/F)", "Rénovation", "44109",
                ContractType.CDI, 35, LocalDate.now(DepartementTime.ZONE).plusDays(10), positions, List.of(), List.of(), List.of(), null,
                null, null, VacancyStatus.OPEN, null, null, null));
    }
}
