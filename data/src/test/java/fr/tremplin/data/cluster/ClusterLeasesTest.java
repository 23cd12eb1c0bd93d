package fr.tremplin.data.cluster;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Several nodes on one database: one lease holder per job, taken over when it stops renewing; node positions. */
@MicronautTest(transactional = false)
class ClusterLeasesTest {
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    ClusterLeases leases;
    @Inject
    ClusterNodes nodes;
    @Inject
    ClusterSettings settings;

    @Test
    void aJobRunsOnlyOnTheNodeHoldingItsLeaseUntilTheLeaseExpiresOrIsReleased() {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        ClusterLeases a = node("node-a");
        ClusterLeases b = node("node-b");
        List<String> ran = new ArrayList<>();

        assertThat(a.runIfLeader(job, () -> ran.add("a"))).isTrue();
        assertThat(b.runIfLeader(job, () -> ran.add("b"))).as("held by a").isFalse();
        assertThat(a.runIfLeader(job, () -> ran.add("a"))).as("the holder renews it").isTrue();
        assertThat(ran).containsExactly("a", "a");
        assertThat(leases.list()).filteredOn(l -> l.job().equals(job)).singleElement()
                .satisfies(l -> assertThat(l.holder()).isEqualTo("node-a")).satisfies(l -> assertThat(l.active()).isTrue());

        expire(job); // a stopped renewing (killed): past its lease another node takes the job
        assertThat(b.callIfLeader(job, () -> "b")).contains("b");
        assertThat(a.runIfLeader(job, () -> ran.add("a"))).as("a lost it").isFalse();

        assertThat(a.renewHeld()).as("a renews nothing it does not hold").isZero();
        assertThat(b.releaseHeld()).isEqualTo(1);
        assertThat(a.runIfLeader(job, () -> ran.add("a"))).as("released on b's clean stop").isTrue();
        assertThat(ran).containsExactly("a", "a", "a");
    }

    @Test
    void ofManyNodesRacingForAFreeLeaseExactlyOneWins() throws Exception {
        String job = "race-" + UUID.randomUUID().toString().substring(0, 8);
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                ClusterLeases racer = node("racer-" + i);
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return racer.acquire(job);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSlowestLiveNodeIsReportedAndNodesSilentTooLongAreDropped() {
        String slow = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        String fast = "fast-" + UUID.randomUUID().toString().substring(0, 8);
        String gone = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now().minusSeconds(5);
        nodes.register(gone, 1L, "READY");
        nodes.register(slow, 5L, "READY");
        nodes.register(fast, 90L, "READY");
        nodes.heartbeat(fast, 120L, "READY");
        tx.executeWrite(s -> jdbc.prepareStatement("UPDATE cluster_node SET heartbeat_at = NOW(6) - INTERVAL 8 DAY"
                + " WHERE node_id = ?", ps -> {
                    ps.setString(1, gone);
                    return ps.executeUpdate();
                }));

        assertThat(nodes.list()).filteredOn(n -> n.nodeId().equals(fast)).singleElement()
                .satisfies(n -> assertThat(n.outboxPosition()).isEqualTo(120L)).satisfies(n -> assertThat(n.live()).isTrue());
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        assertThat(nodes.slowestPosition(before)).as("a node heard from since").hasValue(5L);
        assertThat(nodes.slowestPosition(weekAgo)).as("the silent node does not hold the outbox back").hasValue(5L);

        assertThat(nodes.dropSilentSince(weekAgo)).isGreaterThanOrEqualTo(1);
        assertThat(nodes.list()).extracting(ClusterNode::nodeId).contains(slow, fast).doesNotContain(gone);
        nodes.heartbeat(slow, null, "BUILDING");
        assertThat(nodes.slowestPosition(before)).as("a node without an index holds nothing back").hasValue(120L);
    }

    private ClusterLeases node(String id) {
        ClusterSettings own = new ClusterSettings(id, settings.heartbeatInterval(), settings.leaseDuration());
        return new ClusterLeases(jdbc, tx, new NodeIdentity(own, 0), own);
    }

    private void expire(String job) {
        tx.executeWrite(s -> jdbc.prepareStatement("UPDATE cluster_lease SET expires_at = NOW(6) - INTERVAL 1 SECOND"
                + " WHERE job = ?", ps -> {
                    ps.setString(1, job);
                    return ps.executeUpdate();
                }));
    }
}
