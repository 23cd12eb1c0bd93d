package fr.tremplin.indexer.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code tremplin.index.*}: where the Lucene indexes live and how they follow the outbox.
 *
 * @param dir              {@code tremplin.index.dir} (path, default {@code var/index}): root of the index
 *                         generations and of the {@code CURRENT} pointer; relative to the working directory
 * @param autoStart        {@code tremplin.index.auto-start} (boolean, default true): open the indexes and start
 *                         tailing when the application context starts; commands that only rebuild or verify
 *                         set it to false and call {@code IndexService} themselves
 * @param autoRebuild      {@code tremplin.index.auto-rebuild} (boolean, default true): when the index is missing,
 *                         unreadable, of an older format or older than the retained outbox, rebuild it in the
 *                         background on start
 * @param pollInterval     {@code tremplin.index.poll-interval} (duration &gt; 0, default 25ms): pause between two
 *                         reads of the outbox when it has nothing new
 * @param batchSize        {@code tremplin.index.batch-size} (int 1..10,000, default 500): outbox rows read per query
 * @param commitInterval   {@code tremplin.index.commit-interval} (duration &gt; 0, default 1s): how often applied
 *                         changes are committed (fsync) with the outbox position; searchers see changes before
 *                         that (near-real-time), a crash only costs re-applying since the last commit
 * @param gapTimeout       {@code tremplin.index.gap-timeout} (duration &gt; 0, default 60s): how long a missing
 *                         outbox id (a transaction not yet committed) holds the stored position back before it is
 *                         taken as rolled back
 * @param lateGapWindow    {@code tremplin.index.late-gap-window} (duration ≥ 0, default 10m): how long a gap is
 *                         still looked for after its timeout (a very long transaction committing late)
 * @param maxLag           {@code tremplin.index.max-lag} (duration &gt; 0, default 5s): the index counts as behind
 *                         (health DOWN) when it last caught up with the outbox longer ago than this
 * @param verifyInterval   {@code tremplin.index.verify-interval} (duration ≥ 0, default 60s): period of the
 *                         background consistency check; 0 turns it off
 * @param verifyRepair     {@code tremplin.index.verify-repair} (boolean, default true): the background check
 *                         re-indexes the documents it finds missing, extra or stale
 * @param outboxRetention  {@code tremplin.index.outbox-retention} (duration ≥ 0, default 7d): outbox rows older
 *                         than this are deleted (the newest row is always kept); 0 keeps everything. A node
 *                         stopped for longer must rebuild, which it detects on start
 * @param rebuildBatchSize {@code tremplin.index.rebuild-batch-size} (int 1..50,000, default 2000): rows per page
 *                         of the bulk read
 * @param ramBufferMb      {@code tremplin.index.ram-buffer-mb} (int 16..2048, default 64): IndexWriter RAM buffer
 * @param integrityInterval {@code tremplin.index.integrity-interval} (duration ≥ 0, default 5s): how often the
 *                         checksums of every file of the index in use are verified (also when it is opened and
 *                         after a failed search); a failure marks it corrupted and rebuilds it; 0 turns it off
 */
@ConfigurationProperties("tremplin.index")
public record IndexerConfiguration(
        @Bindable(defaultValue = "var/index") String dir,
        @Bindable(defaultValue = "true") boolean autoStart,
        @Bindable(defaultValue = "true") boolean autoRebuild,
        @Bindable(defaultValue = "25ms") Duration pollInterval,
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "1s") Duration commitInterval,
        @Bindable(defaultValue = "60s") Duration gapTimeout,
        @Bindable(defaultValue = "10m") Duration lateGapWindow,
        @Bindable(defaultValue = "5s") Duration maxLag,
        @Bindable(defaultValue = "60s") Duration verifyInterval,
        @Bindable(defaultValue = "true") boolean verifyRepair,
        @Bindable(defaultValue = "7d") Duration outboxRetention,
        @Bindable(defaultValue = "2000") int rebuildBatchSize,
        @Bindable(defaultValue = "64") int ramBufferMb,
        @Bindable(defaultValue = "5s") Duration integrityInterval) {

    public IndexerConfiguration {
        require(dir != null && !dir.isBlank(), "dir", "must name a directory");
        requirePositive(pollInterval, "poll-interval");
        requirePositive(commitInterval, "commit-interval");
        requirePositive(gapTimeout, "gap-timeout");
        requirePositive(maxLag, "max-lag");
        requireNotNegative(lateGapWindow, "late-gap-window");
        requireNotNegative(verifyInterval, "verify-interval");
        requireNotNegative(outboxRetention, "outbox-retention");
        requireNotNegative(integrityInterval, "integrity-interval");
        require(batchSize >= 1 && batchSize <= 10_000, "batch-size", "must be within 1..10000, got " + batchSize);
        require(rebuildBatchSize >= 1 && rebuildBatchSize <= 50_000, "rebuild-batch-size",
                "must be within 1..50000, got " + rebuildBatchSize);
        require(ramBufferMb >= 16 && ramBufferMb <= 2048, "ram-buffer-mb",
                "must be within 16..2048, got " + ramBufferMb);
    }

    public Path root() {
        return Path.of(dir).toAbsolutePath().normalize();
    }

    private static void requirePositive(Duration value, String key) {
        require(value != null && value.isPositive(), key, "must be a positive duration, got " + value);
    }

    private static void requireNotNegative(Duration value, String key) {
        require(value != null && !value.isNegative(), key, "must be zero or a positive duration, got " + value);
    }

    private static void require(boolean condition, String key, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Configuration tremplin.index." + key + " " + problem);
        }
    }
}
