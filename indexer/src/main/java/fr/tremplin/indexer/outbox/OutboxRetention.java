package fr.tremplin.indexer.outbox;

import fr.tremplin.data.cluster.ClusterLeases;
import fr.tremplin.data.cluster.ClusterNodes;
import fr.tremplin.data.index.OutboxFeed;
import fr.tremplin.indexer.config.IndexerConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Deletes outbox rows older than {@code tremplin.index.outbox-retention}, keeping the newest row and every row a live
 * node has not applied yet: the nodes heartbeat their index's position in {@code cluster_node}, and the retention waits
 * for the slowest one heard from within the retention. A node silent for longer is dropped from the table; its
 * position is then older than the oldest retained row, and it rebuilds when it starts again. One node runs it at a
 * time (lease {@value #JOB}).
 */
@Singleton
public class OutboxRetention {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetention.class);
    private static final int DELETE_LIMIT = 10_000;

    /** The name of its lease. */
    public static final String JOB = "outbox-retention";

    private final OutboxFeed feed;
    private final IndexerConfiguration configuration;
    private final Clock clock;
    private final ClusterNodes nodes;
    private final ClusterLeases leases;

    public OutboxRetention(OutboxFeed feed, IndexerConfiguration configuration, Clock clock, ClusterNodes nodes,
                           ClusterLeases leases) {
        this.feed = feed;
        this.configuration = configuration;
        this.clock = clock;
        this.nodes = nodes;
        this.leases = leases;
    }

    /** @return rows deleted (0 when another node holds the lease) */
    public long clean() {
        if (configuration.outboxRetention().isZero()) {
            return 0;
        }
        return leases.callIfLeader(JOB, this::cleanNow).orElse(0L);
    }

    private long cleanNow() {
        Instant before = clock.instant().minus(configuration.outboxRetention());
        int dropped = nodes.dropSilentSince(before);
        if (dropped > 0) {
            LOG.info("Outbox retention: {} node(s) silent since before {} dropped (they rebuild when they return)",
                    dropped, before);
        }
        long newest = feed.maxId();
        OptionalLong slowest = nodes.slowestPosition(before);
        long keepFrom = slowest.isPresent() ? Math.min(newest, slowest.getAsLong() + 1) : newest;
        long deleted = 0;
        int batch;
        do {
            batch = feed.deleteOlderThan(before, keepFrom);
            deleted += batch;
        } while (batch == DELETE_LIMIT);
        if (deleted > 0) {
            LOG.info("Outbox retention: deleted {} rows created before {}", deleted, before);
        }
        return deleted;
    }
}
