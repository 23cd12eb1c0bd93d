package fr.tremplin.bench.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@link HttpLoad} in a child JVM (same java executable and class path as this process, {@code -Xmx256m}) so
 * that the load generator does not share the server's heap, threads and JIT, and returns what it measured. The
 * token goes through the {@value HttpLoad#TOKEN_ENV} environment variable and the class path through a java
 * argument file, so that neither shows in the process list nor hits the command-line length limit.
 */
public final class HttpLoadRunner {
    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final int STDERR_TAIL = 4000;

    /**
     * Loads {@code GET {baseUrl}/api/v1/vacancies/{id}/candidates?page=0&size=20} for the warm-up then the duration,
     * waiting at most {@code warmUp + duration + 60 s} for the child process before killing it.
     *
     * @param baseUrl     the server, e.g. {@code http://localhost:8080}
     * @param token       bearer token sent with every request
     * @param vacancyIds  ids requested in turn (each connection starts at its own offset)
     * @param connections concurrent connections, see {@link HttpLoad#DEFAULT_CONNECTIONS}
     * @throws IllegalArgumentException on an empty id list, fewer than one connection or a non-positive duration
     * @throws IllegalStateException    when the child fails, times out, prints no result or this thread is interrupted;
     *                                  the message ends with the tail of the child's stderr
     */
    public HttpLoadResult run(String baseUrl, String token, List<String> vacancyIds, int connections,
                              Duration duration, Duration warmUp) {
        if (vacancyIds.isEmpty() || connections < 1 || duration.isNegative() || duration.isZero()
                || warmUp.isNegative()) {
            throw new IllegalArgumentException("need vacancy ids, connections >= 1, duration > 0 and warm-up >= 0");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tremplin-http-load");
            return run(dir, baseUrl, token, vacancyIds, connections, duration, warmUp);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the HTTP load generator", e);
        } finally {
            delete(dir);
        }
    }

    private HttpLoadResult run(Path dir, String baseUrl, String token, List<String> vacancyIds, int connections,
                               Duration duration, Duration warmUp) throws IOException {
        Path ids = Files.write(dir.resolve("vacancy-ids.txt"), vacancyIds);
        Path classPath = Files.writeString(dir.resolve("classpath.args"),
                "-cp \"" + quoted(System.getProperty("java.class.path")) + "\"\n");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx256m", "@" + classPath,
                HttpLoad.class.getName(), "--url=" + baseUrl, "--ids=" + ids, "--connections=" + connections,
                "--duration=" + seconds(duration), "--warmup=" + seconds(warmUp))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put(HttpLoad.TOKEN_ENV, token);
        Process child = builder.start();
        Duration timeout = warmUp.plus(duration).plus(GRACE);
        try {
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(child);
                throw failure("did not finish within " + timeout.toSeconds() + " s and was killed", err);
            }
        } catch (InterruptedException e) {
            kill(child);
            Thread.currentThread().interrupt();
            throw failure("was killed because the waiting thread was interrupted", err);
        }
        if (child.exitValue() != 0) {
            throw failure("exited with status " + child.exitValue(), err);
        }
        String line = Files.readAllLines(out).reversed().stream()
                .filter(l -> l.strip().startsWith("{")).findFirst()
                .orElseThrow(() -> failure("printed no JSON result line", err));
        try {
            return HttpLoadResult.parse(line);
        } catch (IllegalArgumentException e) {
            throw failure("printed an unreadable result (" + e.getMessage() + ")", err);
        }
    }

    /** The java executable of this process, else the one under {@code java.home}. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
    }

    /** Escapes for a double-quoted argument of a java {@code @argfile}. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void kill(Process child) {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        try {
            child.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static IllegalStateException failure(String what, Path stderr) {
        String tail;
        try {
            String text = Files.exists(stderr) ? new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8) : "";
            tail = text.length() > STDERR_TAIL ? "…" + text.substring(text.length() - STDERR_TAIL) : text;
        } catch (IOException | UncheckedIOException e) {
            tail = "(stderr unreadable: " + e + ")";
        }
        return new IllegalStateException("The HTTP load generator (" + HttpLoad.class.getName() + ") " + what
                + (tail.isBlank() ? "; its stderr is empty" : "; end of its stderr:\n" + tail.strip()));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
