package fr.tremplin.indexer.testing;

import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.IndexStatus;
import io.micronaut.context.ApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A Tremplin node in a child JVM, killed by {@link ChildIndexer} to test crash recovery. Prints on stdout:
 * <ul>
 *   <li>mode {@code tail}: {@code READY <generation>} once the index is searchable, then
 *       {@code POSITION <watermark> <highest applied>} every 20 ms while it follows the outbox;</li>
 *   <li>mode {@code rebuild}: {@code PROGRESS <phase> <done>} at each progress report of a rebuild, each
 *       followed by a pause of {@code slowMillis} so that the parent can kill it mid-way.</li>
 * </ul>
 * Arguments: mode, index directory, JDBC URL, user, password, slowMillis.
 */
public final class IndexerChildProcess {

    private IndexerChildProcess() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        Map<String, String> properties = IndexTests.properties(Path.of(args[1]));
        properties.put("datasources.default.url", args[2]);
        properties.put("datasources.default.username", args[3]);
        properties.put("datasources.default.password", args[4]);
        properties.put("tremplin.index.auto-start", Boolean.toString(mode.equals("tail")));
        properties.put("tremplin.index.commit-interval", "200ms");
        properties.put("tremplin.index.rebuild-batch-size", "50");
        long slowMillis = Long.parseLong(args[5]);
        ApplicationContext context = ApplicationContext.builder().environments("test").properties(
                Map.copyOf(properties)).start();
        IndexService index = context.getBean(IndexService.class);
        if (mode.equals("tail")) {
            if (!index.awaitReady(Duration.ofSeconds(60))) {
                throw new IllegalStateException("Index not ready: " + index.status());
            }
            say("READY " + index.status().generation().orElseThrow());
            while (true) {
                IndexStatus status = index.status();
                say("POSITION " + status.watermark() + " " + status.highestApplied());
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
        index.rebuild(progress -> {
            say("PROGRESS " + progress.phase() + " " + progress.done());
            LockSupport.parkNanos(Duration.ofMillis(slowMillis).toNanos());
        });
        say("REBUILT");
        LockSupport.park();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
