package fr.tremplin.bench.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of {@code wrk --latency} printed.
 *
 * @param endpoint          the path requested (a pattern for the candidates, e.g. {@code /api/v1/vacancies/{id}/candidates?size=20})
 * @param requests          requests completed ("N requests in …")
 * @param seconds           length of the run as wrk reports it
 * @param requestsPerSecond wrk's "Requests/sec"
 * @param p50Ms             wrk's latency distribution at 50 %, in milliseconds
 * @param p99Ms             the same at 99 %
 * @param errors            responses other than 2xx/3xx plus socket errors (connect, read, write, timeout)
 * @param connections       concurrent connections
 */
public record WrkResult(String endpoint, long requests, double seconds, double requestsPerSecond, double p50Ms,
                        double p99Ms, long errors, int connections) {

    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([0-9.]+)(us|ms|s|m)\\b");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /**
     * Reads wrk's text output (run with {@code --latency}).
     *
     * @throws IllegalArgumentException when the totals, the rate or the 50 % / 99 % latencies are missing
     */
    public static WrkResult parse(String endpoint, int connections, String output) {
        Matcher total = find(TOTAL, output, "the total of requests");
        Matcher rate = find(RATE, output, "Requests/sec");
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new WrkResult(endpoint, Long.parseLong(total.group(1)),
                millis(total.group(2), total.group(3)) / 1000, Double.parseDouble(rate.group(1)),
                percentile(output, "50"), percentile(output, "99"), errors, connections);
    }

    /** One line for the bench's output. */
    public String line() {
        return String.format(Locale.ROOT, "%,.0f req/s, p50 %.2f ms, p99 %.2f ms; %,d requests in %.1f s, %,d errors",
                requestsPerSecond, p50Ms, p99Ms, requests, seconds, errors);
    }

    private static double percentile(String output, String percent) {
        Matcher m = find(Pattern.compile("(?m)^\\s*" + percent + "(?:\\.000)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$"), output,
                "the latency at " + percent + " %");
        return millis(m.group(1), m.group(2));
    }

    private static double millis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> throw new IllegalArgumentException("Unknown unit " + unit);
        };
    }

    private static Matcher find(Pattern pattern, String output, String what) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("wrk printed no " + what + ":\n" + output);
        }
        return m;
    }
}
