package fr.tremplin.bench.http;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP load generator, run as its own JVM process (see {@link HttpLoadRunner}): N worker threads, each with
 * synchronous keep-alive HTTP/1.1 requests to {@code GET /api/v1/vacancies/{id}/candidates?page=0&size=20}, going
 * round the vacancy ids from its own offset, until the deadline. Requests completed during the warm-up are not
 * counted. Error statuses and exceptions are counted, never fatal.
 *
 * <p>Arguments ({@code --name=value} or {@code --name value}): {@code --url} base URL (required), {@code --ids}
 * file with one vacancy id per line (required), {@code --token} bearer token (or the {@value #TOKEN_ENV}
 * environment variable, which keeps it out of the process list), {@code --connections} (default
 * {@value #DEFAULT_CONNECTIONS}), {@code --duration} measured seconds (default 10), {@code --warmup} seconds
 * (default 2). Prints exactly one line on stdout, the {@link HttpLoadResult} as JSON; everything else goes to stderr.
 * Exit status 0 on success, 2 on bad arguments, 1 on another failure.
 */
public final class HttpLoad {
    /** Environment variable read for the bearer token when {@code --token} is absent. */
    public static final String TOKEN_ENV = "HTTP_LOAD_TOKEN";
    /** Concurrent connections when {@code --connections} is absent. */
    public static final int DEFAULT_CONNECTIONS = 16;

    private static final String USAGE = "usage: HttpLoad --url=http://localhost:8080 --ids=ids.txt [--token=JWT]"
            + " [--connections=" + DEFAULT_CONNECTIONS + "] [--duration=10] [--warmup=2]";
    private static final Set<String> OPTIONS = Set.of("url", "ids", "token", "connections", "duration", "warmup");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private HttpLoad() {
    }

    public static void main(String[] args) {
        PrintStream result = System.out;
        System.setOut(System.err); // anything else printed by accident must not mix with the result line
        int status;
        try {
            Map<String, String> options = options(args);
            String token = options.getOrDefault("token", System.getenv(TOKEN_ENV));
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("no token: give --token or set " + TOKEN_ENV);
            }
            List<String> ids = ids(Path.of(required(options, "ids")));
            HttpLoadResult measured = run(required(options, "url"), token, ids,
                    Integer.parseInt(options.getOrDefault("connections", String.valueOf(DEFAULT_CONNECTIONS))),
                    seconds(options.getOrDefault("duration", "10")), seconds(options.getOrDefault("warmup", "2")));
            result.println(measured.toJson());
            result.flush();
            status = 0;
        } catch (IllegalArgumentException e) {
            System.err.println("HttpLoad: " + e.getMessage());
            System.err.println(USAGE);
            status = 2;
        } catch (Exception e) {
            // the parent shows the tail of this stderr: the chain of causes, one line each, says what went wrong
            System.err.println("HttpLoad failed: " + e);
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  caused by: " + cause);
            }
            status = 1;
        }
        System.exit(status);
    }

    /**
     * Runs the load in this process and returns what was measured after the warm-up.
     *
     * @throws InterruptedException when interrupted while waiting for the workers
     */
    public static HttpLoadResult run(String baseUrl, String token, List<String> vacancyIds, int connections,
                                     Duration duration, Duration warmUp) throws InterruptedException {
        if (vacancyIds.isEmpty() || connections < 1 || duration.isNegative() || duration.isZero()
                || warmUp.isNegative()) {
            throw new IllegalArgumentException("need vacancy ids, connections >= 1, duration > 0 and warm-up >= 0");
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        List<HttpRequest> requests = vacancyIds.stream().map(id -> HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/vacancies/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                        + "/candidates?page=0&size=20"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(REQUEST_TIMEOUT).GET().build()).toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long deadline = measureFrom + duration.toNanos();
        LoadWorker[] workers = new LoadWorker[connections];
        Thread[] threads = new Thread[connections];
        for (int w = 0; w < connections; w++) {
            workers[w] = new LoadWorker(client, requests, (int) ((long) w * requests.size() / connections),
                    measureFrom, deadline);
            threads[w] = Thread.ofPlatform().name("http-load-" + w).daemon(true).start(workers[w]);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return merge(workers, measureFrom, connections);
    }

    private static HttpLoadResult merge(LoadWorker[] workers, long measureFrom, int connections) {
        LatencyHistogram latencies = new LatencyHistogram();
        long requests = 0;
        long errors = 0;
        long stoppedAt = measureFrom;
        String firstError = null;
        for (LoadWorker worker : workers) {
            latencies.add(worker.latencies());
            requests += worker.requests();
            errors += worker.errors();
            stoppedAt = Math.max(stoppedAt, worker.stoppedAt());
            firstError = firstError == null ? worker.firstError() : firstError;
        }
        if (firstError != null) {
            System.err.println("HttpLoad: " + errors + " errors in " + requests + " requests, the first: "
                    + firstError);
        }
        double seconds = (stoppedAt - measureFrom) / 1e9;
        return new HttpLoadResult(requests, errors, seconds, seconds > 0 ? requests / seconds : 0,
                millis(latencies.percentileNanos(0.50)), millis(latencies.percentileNanos(0.95)),
                millis(latencies.percentileNanos(0.99)), millis(latencies.maxNanos()), connections);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = arg.substring(Math.min(2, arg.length()), eq > 0 ? eq : arg.length());
            if (!arg.startsWith("--") || !OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            if (eq > 0) {
                options.put(name, arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("no value for " + arg);
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Duration seconds(String value) {
        return Duration.ofNanos(Math.round(Double.parseDouble(value) * 1e9));
    }

    private static List<String> ids(Path file) throws IOException {
        List<String> ids = Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no vacancy id in " + file);
        }
        return ids;
    }
}
