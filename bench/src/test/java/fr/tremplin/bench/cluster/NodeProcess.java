package fr.tremplin.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Tremplin node started from the product jar as its own process, on an external MariaDB: its own port, index
 * directory, node id and log file. Every wait is bounded.
 */
final class NodeProcess implements AutoCloseable {
    private final String id;
    private final Path dir;
    private final int port;
    private final Map<String, String> env;
    private final List<String> properties;
    private Process process;

    private NodeProcess(String id, Path dir, int port, Map<String, String> env, List<String> properties) {
        this.id = id;
        this.dir = dir;
        this.port = port;
        this.env = env;
        this.properties = properties;
    }

    static NodeProcess start(Path jar, String id, Path dir, Map<String, String> env, List<String> properties) {
        NodeProcess node = new NodeProcess(id, dir, freePort(), env, properties);
        node.start(jar);
        return node;
    }

    void start(Path jar) {
        try {
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED"));
            command.addAll(properties);
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            builder.environment().putAll(env);
            builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
            builder.environment().put("TREMPLIN_NODE_ID", id);
            builder.environment().put("TREMPLIN_INDEX_DIR", dir.resolve("index").toAbsolutePath().toString());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node " + id, e);
        }
    }

    /** Waits until {@code /health} answers UP (index built and following the outbox). */
    void awaitUp(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("node " + id + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            sleep(200);
        }
        throw new AssertionError("node " + id + " not UP within " + timeout.toSeconds() + " s (" + last + "):\n" + logTail());
    }

    /** SIGKILL, as a crash: nothing is committed or released on the way out. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** A clean stop (SIGTERM). */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor()) {
                kill();
            }
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String id() {
        return id;
    }

    Path log() {
        return dir.resolve(id + ".log");
    }

    String logText() {
        try {
            return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        String text = logText();
        return text.length() > 6000 ? "…" + text.substring(text.length() - 6000) : text;
    }

    @Override
    public void close() {
        stop();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
