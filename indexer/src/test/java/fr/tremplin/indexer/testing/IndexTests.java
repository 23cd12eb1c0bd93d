package fr.tremplin.indexer.testing;

import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.config.IndexerConfiguration;
import fr.tremplin.indexer.mapping.RejectedRows;
import fr.tremplin.indexer.outbox.OutboxFollowers;
import fr.tremplin.indexer.outbox.OutboxRetention;
import fr.tremplin.indexer.rebuild.IndexRebuilder;
import fr.tremplin.indexer.verify.IndexVerifier;
import io.micronaut.context.ApplicationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Index directories and index services for tests. */
public final class IndexTests {

    private IndexTests() {
    }

    /** A new directory under target/index-tests, unique to this call. */
    public static Path freshDir(String name) {
        return Path.of("target", "index-tests", name + "-" + UUID.randomUUID().toString().substring(0, 8))
                .toAbsolutePath();
    }

    /** Properties of a test context: its own index directory, no background check, no retention. */
    public static Map<String, String> properties(Path dir) {
        Map<String, String> p = new HashMap<>();
        p.put("tremplin.index.dir", dir.toString());
        p.put("tremplin.index.verify-interval", "0s");
        p.put("tremplin.index.outbox-retention", "0s");
        return p;
    }

    /**
     * Another index service of the context's application, on {@code dir}: a second node, or the same node
     * after a restart (a new service reopens everything from disk). Not started; the caller closes it.
     */
    public static IndexService serviceOn(ApplicationContext context, Path dir) {
        return serviceOn(context, configuration(context, dir, Duration.ZERO));
    }

    /** The same, not rebuilding by itself ({@code tremplin.index.auto-rebuild} false): what it opens stays open. */
    public static IndexService serviceWithoutAutoRebuildOn(ApplicationContext context, Path dir) {
        return serviceOn(context, configuration(context, dir, Duration.ZERO, false));
    }

    private static IndexService serviceOn(ApplicationContext context, IndexerConfiguration onDir) {
        return new IndexService(onDir, context.getBean(OutboxFollowers.class), context.getBean(IndexRebuilder.class),
                context.getBean(IndexVerifier.class), context.getBean(OutboxRetention.class),
                context.getBean(RejectedRows.class), context.getBean(Clock.class));
    }

    /** The context's configuration with another directory and outbox retention, and no periodic check. */
    public static IndexerConfiguration configuration(ApplicationContext context, Path dir, Duration retention) {
        return configuration(context, dir, retention, context.getBean(IndexerConfiguration.class).autoRebuild());
    }

    private static IndexerConfiguration configuration(ApplicationContext context, Path dir, Duration retention,
                                                      boolean autoRebuild) {
        IndexerConfiguration c = context.getBean(IndexerConfiguration.class);
        return new IndexerConfiguration(dir.toString(), c.autoStart(), autoRebuild, c.pollInterval(), c.batchSize(),
                c.commitInterval(), c.gapTimeout(), c.lateGapWindow(), c.maxLag(), Duration.ZERO, c.verifyRepair(),
                retention, c.rebuildBatchSize(), c.ramBufferMb(), c.integrityInterval());
    }
}
