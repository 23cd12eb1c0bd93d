package fr.tremplin.data.session;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Login attempts counted in the database: counts, forgetting, closures, attempts sent at once. */
@MicronautTest(transactional = false)
class LoginFailuresTest {
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofHours(1));

    @Inject
    LoginFailures failures;

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
    }

    private LoginFailures.Attempt attempt(String key, Instant at, Instant forgetBefore, IntFunction<Instant> closing) {
        return failures.attempt(List.of(new LoginFailures.Key(key, closing)), at, forgetBefore);
    }

    private int count(String key, Instant at, Instant forgetBefore, IntFunction<Instant> closing) {
        LoginFailures.Attempt attempt = attempt(key, at, forgetBefore, closing);
        assertThat(attempt.refused()).as("the key was open").isFalse();
        return attempt.count(key);
    }

    @Test
    void attemptsCountUpCloseTheKeyAndAreForgottenAfterAWhileOrOnSuccess() {
        String account = key();
        String address = key();
        assertThat(failures.closedUntil(account, address)).isEmpty();

        for (int i = 1; i <= 3; i++) {
            assertThat(count(account, NOW.plusSeconds(i), LONG_AGO, count -> NOW)).isEqualTo(i);
        }
        assertThat(failures.closedUntil(account, address)).as("not closed: a time before every attempt's")
                .contains(Instant.EPOCH);
        assertThat(count(account, NOW.plusSeconds(4), LONG_AGO, count -> NOW.plusSeconds(60 * count))).isEqualTo(4);
        assertThat(failures.closedUntil(account, address)).as("the later closure of the two keys")
                .contains(NOW.plusSeconds(240));
        LoginFailures.Attempt refused = attempt(account, NOW.plusSeconds(5), LONG_AGO, count -> NOW);
        assertThat(refused.refused()).as("closed until +240 s").isTrue();
        assertThat(refused.closedUntil()).contains(NOW.plusSeconds(240));
        assertThat(count(account, NOW.plusSeconds(240), LONG_AGO, count -> NOW))
                .as("open again at its end; the refused attempt was not counted").isEqualTo(5);

        count(address, NOW, LONG_AGO, count -> NOW.plusSeconds(600));
        assertThat(failures.closedUntil(account, address)).contains(NOW.plusSeconds(600));

        Instant later = NOW.plus(Duration.ofHours(2));
        assertThat(count(account, later, later.minus(Duration.ofHours(1)), count -> later))
                .as("the last attempt is older than the forgetting: counted from 1").isEqualTo(1);
        assertThat(count(account, later, LONG_AGO, count -> later)).isEqualTo(2);
        failures.giveBack(account);
        assertThat(count(account, later, LONG_AGO, count -> later)).as("one given back").isEqualTo(2);

        failures.clear(account);
        assertThat(count(account, later, LONG_AGO, count -> later)).as("cleared").isEqualTo(1);
        failures.purge(later, NOW.plusSeconds(599));
        assertThat(failures.closedUntil(address, address)).as("still closed at the purge: kept").isPresent();
        failures.purge(later, NOW.plusSeconds(600));
        assertThat(failures.closedUntil(address, address)).as("last seen before the limit, open: purged").isEmpty();
        assertThat(failures.closedUntil(account, account)).as("last seen at the limit: kept").contains(Instant.EPOCH);
    }

    @Test
    void anAttemptOnAClosedAccountCountsNothingOnItsAddress() {
        String account = key();
        String address = key();
        count(account, NOW, LONG_AGO, count -> NOW.plusSeconds(600));
        LoginFailures.Attempt both = failures.attempt(List.of(new LoginFailures.Key(account, count -> NOW),
                new LoginFailures.Key(address, count -> NOW)), NOW.plusSeconds(1), LONG_AGO);
        assertThat(both.refused()).isTrue();
        assertThat(both.closedUntil()).contains(NOW.plusSeconds(600));
        assertThat(count(address, NOW.plusSeconds(2), LONG_AGO, count -> NOW)).as("the address's first count").isEqualTo(1);

        String other = key();
        LoginFailures.Attempt open = failures.attempt(List.of(new LoginFailures.Key(other, count -> NOW),
                new LoginFailures.Key(address, count -> NOW)), NOW.plusSeconds(3), LONG_AGO);
        assertThat(open.refused()).isFalse();
        assertThat(open.count(other)).isEqualTo(1);
        assertThat(open.count(address)).isEqualTo(2);
    }

    /**
     * A count that closes nothing leaves the key open for attempts whose clock reads earlier: an attempt that took its
     * time before waiting for the row's lock, or another node's slightly slower clock (writing the attempt's own time
     * as the end of closure refused them: 5 of 12 logins sent at once let through instead of 6).
     */
    @Test
    void aCountThatClosesNothingDoesNotRefuseAnAttemptTimedALittleEarlier() {
        String account = key();
        Instant later = NOW.plusSeconds(10);
        assertThat(count(account, later, LONG_AGO, count -> later)).isEqualTo(1);
        assertThat(count(account, NOW, LONG_AGO, count -> NOW)).as("timed 10 s earlier, still open").isEqualTo(2);
    }

    @Test
    void nodesInDifferentZonesReadTheTimesTheOthersWrote() {
        String account = key();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles")); // a node in a zone far from Paris
            count(account, NOW, LONG_AGO, count -> NOW.plusSeconds(600));
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris")); // another node, nine hours ahead
            assertThat(failures.closedUntil(account, account)).contains(NOW.plusSeconds(600));
            assertThat(count(account, NOW.plusSeconds(600), NOW.minusSeconds(1), count -> NOW))
                    .as("the attempt written at NOW is after the forgetting: counted on").isEqualTo(2);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void concurrentAttemptsOnOneKeyAllCountAsOnSeveralNodes() throws Exception {
        String account = key();
        int threads = 8;
        int each = 5;
        List<Integer> counts = new ArrayList<>();
        for (List<Integer> seen : atOnce(threads, () -> {
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                // LONG_AGO is before every now(): nothing is forgotten; the key never closes
                mine.add(count(account, Instant.now().truncatedTo(ChronoUnit.MICROS), LONG_AGO, count -> NOW));
            }
            return mine;
        })) {
            counts.addAll(seen);
        }
        assertThat(counts).as("each attempt saw its own count: none lost, none twice")
                .doesNotHaveDuplicates().hasSize(threads * each)
                .allSatisfy(c -> assertThat(c).isBetween(1, threads * each));
    }

    /**
     * The race the counting before the password closes: sixteen attempts on one account sent at once, from sixteen
     * addresses, the sixth count closing the account: six are let through, ten refused (checking first and counting
     * after let all sixteen through).
     */
    @Test
    void attemptsSentAtOncePassNoFurtherThanTheFreeOnesAndTheOneThatCloses() throws Exception {
        String account = key();
        int threads = 16;
        Instant closedUntil = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS);
        List<LoginFailures.Attempt> attempts = atOnce(threads, () -> failures.attempt(List.of(
                        new LoginFailures.Key(account, count -> count > 5 ? closedUntil : NOW),
                        new LoginFailures.Key(key(), count -> NOW)),
                Instant.now().truncatedTo(ChronoUnit.MICROS), LONG_AGO));
        assertThat(attempts).filteredOn(a -> !a.refused()).extracting(a -> a.count(account))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(attempts).filteredOn(LoginFailures.Attempt::refused).hasSize(threads - 6)
                .allSatisfy(a -> assertThat(a.closedUntil()).contains(closedUntil));
    }

    private static <T> List<T> atOnce(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<T> result : results) {
                all.add(result.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
