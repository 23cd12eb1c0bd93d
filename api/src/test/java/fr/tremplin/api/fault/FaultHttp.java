package fr.tremplin.api.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bounded HTTP client for the fault tests: every call has a timeout; statuses are tallied (timeouts as 0). */
final class FaultHttp {

    /** One answer: status (0 when the client gave up), body, time taken, headers (names in lower case). */
    record Answer(int status, String body, long millis, Map<String, List<String>> headers) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String field(String name) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final Duration timeout;
    final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    final AtomicLong slowest = new AtomicLong();

    FaultHttp(int port, Duration timeout) {
        this.base = "http://127.0.0.1:" + port;
        this.timeout = timeout;
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    Answer post(String path, String json, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Logs in before any fault, with a minute to spare: hashing the password is slow on a loaded machine. */
    String login(String user) {
        Answer a = send(request("/login", null).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"demo\"}")));
        if (a.status() != 200) {
            throw new AssertionError("login of " + user + ": " + a);
        }
        return a.field("access_token");
    }

    /** The status of /health (200 UP, 503 DOWN). */
    int health() {
        return get("/health", null).status();
    }

    void reset() {
        statuses.clear();
        slowest.set(0);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
        long t0 = System.nanoTime();
        int status;
        String body = "";
        Map<String, List<String>> headers = Map.of();
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            body = r.body();
            headers = r.headers().map();
        } catch (HttpTimeoutException e) {
            status = 0;
        } catch (IOException e) {
            status = -1;
            body = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        statuses.merge(status, 1, Integer::sum);
        slowest.accumulateAndGet(ms, Math::max);
        return new Answer(status, body, ms, headers);
    }
}
