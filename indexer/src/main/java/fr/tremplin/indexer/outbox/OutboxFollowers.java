package fr.tremplin.indexer.outbox;

import fr.tremplin.data.index.OutboxFeed;
import fr.tremplin.data.outbox.ChangedAggregates;
import fr.tremplin.indexer.config.IndexerConfiguration;
import fr.tremplin.indexer.store.Generation;
import fr.tremplin.indexer.store.IndexPosition;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Creates {@link OutboxFollower}s and answers the outbox questions asked around them. */
@Singleton
public class OutboxFollowers {

    /** Added to the gap timeout for the replay window of a rebuild: clock skew between nodes, margin. */
    static final Duration REPLAY_MARGIN = Duration.ofMinutes(1);

    private final OutboxFeed feed;
    private final ChangeApplier applier;
    private final Clock clock;
    private final IndexerConfiguration configuration;
    private final List<IndexedVacancies> listeners;
    private final List<ChangedAggregates> changeListeners;

    public OutboxFollowers(OutboxFeed feed, ChangeApplier applier, Clock clock, IndexerConfiguration configuration) {
        this(feed, applier, clock, configuration, List.of(), List.of());
    }

    @jakarta.inject.Inject
    public OutboxFollowers(OutboxFeed feed, ChangeApplier applier, Clock clock, IndexerConfiguration configuration,
                           List<IndexedVacancies> listeners, List<ChangedAggregates> changeListeners) {
        this.listeners = List.copyOf(listeners);
        this.changeListeners = List.copyOf(changeListeners);
        this.feed = feed;
        this.applier = applier;
        this.clock = clock;
        this.configuration = configuration;
    }

    /** A follower that applies the outbox to {@code generation} from {@code position}. */
    public OutboxFollower follow(Generation generation, IndexPosition position) {
        OutboxCursor cursor = new OutboxCursor(position, configuration.gapTimeout(), configuration.lateGapWindow(),
                clock.instant());
        return new OutboxFollower(generation, cursor, feed, applier, clock, configuration.batchSize(), listeners,
                changeListeners);
    }

    /**
     * Where a rebuild starts replaying the outbox, taken <em>before</em> it reads the tables: just before the
     * first row created within the last gap timeout (plus a margin). Every row below it belongs to a
     * transaction that started long enough ago to be committed (its change is then in the bulk read) or
     * taken as rolled back; every row from it on is re-applied after the bulk read, so a change committed
     * while the bulk read runs is not lost.
     */
    public IndexPosition replayStart() {
        Instant since = clock.instant().minus(configuration.gapTimeout()).minus(REPLAY_MARGIN);
        long first = feed.firstIdSince(since);
        long watermark = first > 0 ? first - 1 : feed.maxId();
        return IndexPosition.at(watermark, List.of());
    }

    /** Lowest id still in the outbox (0 when empty): a position below it lost rows to the retention. */
    public long oldestRetainedId() {
        return feed.minId();
    }

    /** Highest outbox id (0 when empty). */
    public long newestId() {
        return feed.maxId();
    }
}
