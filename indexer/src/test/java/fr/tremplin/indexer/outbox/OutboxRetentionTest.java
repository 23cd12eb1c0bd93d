package fr.tremplin.indexer.outbox;

import fr.tremplin.data.cluster.ClusterLeases;
import fr.tremplin.data.cluster.ClusterNodes;
import fr.tremplin.data.index.OutboxFeed;
import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.testing.IndexTests;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static fr.tremplin.indexer.testing.IndexComparison.assertIndexEqualsDatabase;
import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** Old outbox rows go; a node that needed them notices on start and rebuilds. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRetentionTest implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    OutboxFeed outbox;
    @Inject
    JobSeekerService seekers;
    @Inject
    Clock clock;
    @Inject
    VersionScan versions;
    @Inject
    ClusterNodes nodes;
    @Inject
    ClusterLeases leases;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = IndexTests.properties(IndexTests.freshDir("retention-unused"));
        p.put("tremplin.index.auto-start", "false");
        return p;
    }

    @Test
    void nodeOlderThanTheRetainedOutboxRebuildsOnStart() {
        Path dir = IndexTests.freshDir("retention");
        String before;
        try (IndexService node = IndexTests.serviceOn(context, dir)) {
            before = node.rebuild(ProgressListener.NONE).generation();
        }
        for (int i = 0; i < 3; i++) {
            seekers.create(aJobSeeker().build());
        }
        long newest = outbox.maxId();

        OutboxRetention eightDaysLater = new OutboxRetention(outbox,
                IndexTests.configuration(context, dir, Duration.ofDays(7)),
                Clock.offset(clock, Duration.ofDays(8)), context.getBean(ClusterNodes.class),
                context.getBean(ClusterLeases.class));
        assertThat(eightDaysLater.clean()).isPositive();
        assertThat(outbox.minId()).as("the newest row is kept").isEqualTo(newest);
        assertThat(outbox.maxId()).isEqualTo(newest);

        try (IndexService node = IndexTests.serviceOn(context, dir)) {
            node.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (node.status().lastRebuild().isEmpty() && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(10));
            }
            assertThat(node.status().lastRebuild()).as("rebuilt on start: %s", node.status()).isPresent();
            assertThat(node.status().generation()).isPresent().get().isNotEqualTo(before);
            assertIndexEqualsDatabase(node, versions);
        }
    }

    @Test
    void theRetentionWaitsForTheSlowestLiveNodeAndDropsANodeSilentForLongerThanTheRetention() {
        seekers.create(aJobSeeker().build());
        long slowPosition = outbox.maxId();
        for (int i = 0; i < 3; i++) {
            seekers.create(aJobSeeker().build());
        }
        long newest = outbox.maxId();
        nodes.register("slow-node", slowPosition, "READY");
        heardFrom("slow-node", "NOW(6) + INTERVAL 2 DAY"); // eight days later, it still heartbeats
        OutboxRetention eightDaysLater = new OutboxRetention(outbox,
                IndexTests.configuration(context, IndexTests.freshDir("retention-slow"), Duration.ofDays(7)),
                Clock.offset(clock, Duration.ofDays(8)), nodes, leases);

        eightDaysLater.clean();
        assertThat(outbox.minId()).as("every row the slow node has not applied is kept").isEqualTo(slowPosition + 1);
        assertThat(outbox.maxId()).isEqualTo(newest);

        heardFrom("slow-node", "NOW(6)"); // eight days later, last heard of eight days before
        assertThat(eightDaysLater.clean()).isEqualTo(newest - slowPosition - 1);
        assertThat(outbox.minId()).as("the silent node is dropped, its rows go").isEqualTo(newest);
        assertThat(nodes.list()).extracting(n -> n.nodeId()).doesNotContain("slow-node");
    }

    private void heardFrom(String node, String when) {
        tx.executeWrite(s -> jdbc.prepareStatement("UPDATE cluster_node SET heartbeat_at = " + when
                + " WHERE node_id = ?", ps -> {
                    ps.setString(1, node);
                    return ps.executeUpdate();
                }));
    }
}
