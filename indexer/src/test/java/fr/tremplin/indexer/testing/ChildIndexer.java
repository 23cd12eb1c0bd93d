package fr.tremplin.indexer.testing;

import fr.tremplin.data.db.SharedTestDatabase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Starts {@link IndexerChildProcess} on the test JVM's database, reads what it says, kills it. */
public final class ChildIndexer implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildIndexer(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("child-indexer-output").start(this::pump);
    }

    /** A child node in {@code mode} (tail or rebuild) on {@code dir}. */
    public static ChildIndexer start(String mode, Path dir, Duration slowProgress) throws IOException {
        SharedTestDatabase db = SharedTestDatabase.get();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), IndexerChildProcess.class.getName(),
                mode, dir.toString(), db.jdbcUrl("tremplin"), db.username(), db.password(),
                Long.toString(slowProgress.toMillis()));
        return new ChildIndexer(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits for a line of the child's protocol that matches; fails if the child dies or time runs out. */
    public String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return line;
            }
            if (line == null && !process.isAlive()) {
                throw new IllegalStateException("The child indexer exited with " + process.exitValue());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The child indexer did not say what was expected within " + timeout);
            }
        }
    }

    /** Kills the child like a power cut would (SIGKILL: no shutdown hook, writer not closed). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The child indexer did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("POSITION")) {
                    System.out.println("[child] " + line);
                }
                lines.add(line);
            }
        } catch (IOException e) {
            System.out.println("[child] output closed: " + e);
        }
    }
}
