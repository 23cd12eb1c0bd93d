package fr.tremplin.indexer.testing;

import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

import static fr.tremplin.indexer.testing.EmployerFixture.anEmployer;
import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static fr.tremplin.indexer.testing.VacancyFixture.aVacancy;

/**
 * One writer thread of the concurrency tests: random creates, updates and erasures of its own seekers and
 * vacancies, each in a transaction that stays open a random few milliseconds after its write, so that
 * transactions of several writers commit out of id order.
 */
public final class RandomWriter implements Runnable {

    private final JobSeekerService seekers;
    private final VacancyService vacancies;
    private final EmployerService employers;
    private final TransactionOperations<Connection> transactions;
    private final SplittableRandom random;
    private final int maxHoldMillis;
    private final List<JobSeeker> mySeekers = new ArrayList<>();
    private final List<Vacancy> myVacancies = new ArrayList<>();
    private volatile boolean running = true;
    private Employer employer;
    private volatile int writes; // read by other threads (CrashRecoveryTest waits for writes)

    public RandomWriter(JobSeekerService seekers, VacancyService vacancies, EmployerService employers,
                        TransactionOperations<Connection> transactions, long seed, int maxHoldMillis) {
        this.seekers = seekers;
        this.vacancies = vacancies;
        this.employers = employers;
        this.transactions = transactions;
        this.random = new SplittableRandom(seed);
        this.maxHoldMillis = maxHoldMillis;
    }

    public void stop() {
        running = false;
    }

    public int writes() {
        return writes;
    }

    /** Runs until {@link #stop()}. */
    @Override
    public void run() {
        employer = employers.create(anEmployer().build());
        while (running) {
            writeOnce();
        }
    }

    /** Runs {@code count} writes. */
    public void run(int count) {
        employer = employers.create(anEmployer().build());
        for (int i = 0; i < count; i++) {
            writeOnce();
        }
    }

    private void writeOnce() {
        int dice = random.nextInt(100);
        transactions.executeWrite(status -> {
            if (dice < 45 || mySeekers.isEmpty()) {
                mySeekers.add(seekers.create(aJobSeeker().build()));
            } else if (dice < 65) {
                int i = random.nextInt(mySeekers.size());
                JobSeeker s = mySeekers.get(i);
                SeekerStatus next = s.status() == SeekerStatus.ACTIVE ? SeekerStatus.PAUSED : SeekerStatus.ACTIVE;
                mySeekers.set(i, seekers.update(s.id(), s.version(), s.withStatus(next)));
            } else if (dice < 75) {
                seekers.delete(mySeekers.remove(random.nextInt(mySeekers.size())).id());
            } else if (dice < 88 || myVacancies.isEmpty()) {
                myVacancies.add(vacancies.create(aVacancy(employer.id()).build()));
            } else if (dice < 95) {
                int i = random.nextInt(myVacancies.size());
                Vacancy v = myVacancies.get(i);
                myVacancies.set(i, vacancies.update(v.id(), v.version(), v));
            } else {
                vacancies.delete(myVacancies.remove(random.nextInt(myVacancies.size())).id());
            }
            hold();
            return null;
        });
        writes++;
    }

    private void hold() {
        if (maxHoldMillis > 0) {
            LockSupport.parkNanos(random.nextLong(maxHoldMillis * 1_000_000L + 1));
        }
    }
}
