package fr.tremplin.indexer.outbox;

import fr.tremplin.data.index.OutboxFeed;
import fr.tremplin.indexer.config.IndexerConfiguration;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes outbox rows older than {@code tremplin.index.outbox-retention}, keeping the newest row. Every
 * node may run it: it only looks at age, never at a node's position, so no node needs to know the others.
 * A node whose position is older than the oldest retained row rebuilds on start.
 */
@Singleton
public class OutboxRetention {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetention.class);
    private static final int DELETE_LIMIT = 10_000;

    private final OutboxFeed feed;
    private final IndexerConfiguration configuration;
    private final Clock clock;

    public OutboxRetention(OutboxFeed feed, IndexerConfiguration configuration, Clock clock) {
        this.feed = feed;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** @return rows deleted */
    public long clean() {
        if (configuration.outboxRetention().isZero()) {
            return 0;
        }
        Instant before = clock.instant().minus(configuration.outboxRetention());
        long newest = feed.maxId();
        long deleted = 0;
        int batch;
        do {
            batch = feed.deleteOlderThan(before, newest);
            deleted += batch;
        } while (batch == DELETE_LIMIT);
        if (deleted > 0) {
            LOG.info("Outbox retention: deleted {} rows created before {}", deleted, before);
        }
        return deleted;
    }
}
