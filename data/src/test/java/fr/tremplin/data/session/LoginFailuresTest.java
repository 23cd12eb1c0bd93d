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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed logins counted in the database: counts, forgetting, closures, concurrent failures on one key. */
@MicronautTest(transactional = false)
class LoginFailuresTest {
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofHours(1));

    @Inject
    LoginFailures failures;

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
    }

    @Test
    void failuresCountUpCloseTheKeyAndAreForgottenAfterAWhileOrOnSuccess() {
        String account = key();
        String address = key();
        assertThat(failures.closedUntil(account, address)).isEmpty();

        for (int i = 1; i <= 3; i++) {
            int n = i;
            assertThat(failures.count(account, NOW.plusSeconds(i), LONG_AGO,
                    count -> NOW.plusSeconds(count == n ? 0 : 999)))
                    .isEqualTo(i);
        }
        assertThat(failures.closedUntil(account, address)).contains(NOW.plusSeconds(0));
        assertThat(failures.count(account, NOW.plusSeconds(4), LONG_AGO, count -> NOW.plusSeconds(60 * count)))
                .isEqualTo(4);
        assertThat(failures.closedUntil(account, address)).as("the later closure of the two keys")
                .contains(NOW.plusSeconds(240));
        failures.count(address, NOW, LONG_AGO, count -> NOW.plusSeconds(600));
        assertThat(failures.closedUntil(account, address)).contains(NOW.plusSeconds(600));

        Instant later = NOW.plus(Duration.ofHours(2));
        assertThat(failures.count(account, later, later.minus(Duration.ofHours(1)), count -> later))
                .as("the last failure is older than the forgetting: counted from 1").isEqualTo(1);

        failures.clear(account);
        assertThat(failures.count(account, later, LONG_AGO, count -> later)).as("cleared").isEqualTo(1);
        failures.purge(later, NOW.plusSeconds(599));
        assertThat(failures.closedUntil(address, address)).as("still closed at the purge: kept").isPresent();
        failures.purge(later, NOW.plusSeconds(600));
        assertThat(failures.closedUntil(address, address)).as("last seen before the limit, open: purged").isEmpty();
        assertThat(failures.closedUntil(account, account)).as("last seen at the limit: kept").contains(later);
    }

    @Test
    void nodesInDifferentZonesReadTheTimesTheOthersWrote() {
        String account = key();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles")); // a node in a zone far from Paris
            failures.count(account, NOW, LONG_AGO, count -> NOW.plusSeconds(600));
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris")); // another node, nine hours ahead
            assertThat(failures.closedUntil(account, account)).contains(NOW.plusSeconds(600));
            assertThat(failures.count(account, NOW.plusSeconds(60), NOW.minusSeconds(1), count -> NOW))
                    .as("the failure written at NOW is after the forgetting: counted on").isEqualTo(2);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void concurrentFailuresOnOneKeyAllCountAsOnSeveralNodes() throws Exception {
        String account = key();
        int threads = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Integer> seen = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        seen.add(failures.count(account, Instant.now().truncatedTo(ChronoUnit.MICROS), LONG_AGO,
                                count -> NOW)); // LONG_AGO is before every now(): nothing is forgotten
                    }
                    return seen;
                }));
            }
            start.countDown();
            List<Integer> counts = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                counts.addAll(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(counts).as("each failure saw its own count: none lost, none twice")
                    .doesNotHaveDuplicates().hasSize(threads * each)
                    .allSatisfy(c -> assertThat(c).isBetween(1, threads * each));
        } finally {
            pool.shutdownNow();
        }
    }
}
