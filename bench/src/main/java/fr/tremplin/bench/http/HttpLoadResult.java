package fr.tremplin.bench.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of the {@link HttpLoad} generator measured after its warm-up.
 *
 * @param requests          requests completed in the measured window, errors included
 * @param errors            of those, responses with a non-2xx status and requests that failed with an exception
 * @param seconds           length of the measured window (from the end of the warm-up to the last completion)
 * @param requestsPerSecond {@code requests / seconds}
 * @param p50Ms             median latency of the responses (any status), in milliseconds
 * @param p95Ms             95th percentile latency, in milliseconds
 * @param p99Ms             99th percentile latency, in milliseconds
 * @param maxMs             highest latency, in milliseconds
 * @param connections       number of concurrent connections (one worker thread each)
 */
public record HttpLoadResult(long requests, long errors, double seconds, double requestsPerSecond,
                             double p50Ms, double p95Ms, double p99Ms, double maxMs, int connections) {
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(-?[0-9][0-9.eE+-]*)");

    /** The result as one line of flat JSON, the format {@link #parse(String)} reads. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"requests\":%d,\"errors\":%d,\"seconds\":%.3f,"
                        + "\"requestsPerSecond\":%.1f,\"p50Ms\":%.3f,\"p95Ms\":%.3f,\"p99Ms\":%.3f,\"maxMs\":%.3f,"
                        + "\"connections\":%d}",
                requests, errors, seconds, requestsPerSecond, p50Ms, p95Ms, p99Ms, maxMs, connections);
    }

    /**
     * Reads a flat JSON object of numbers holding every field of this record (other fields are ignored).
     *
     * @throws IllegalArgumentException when it is not such an object or a field is missing
     */
    public static HttpLoadResult parse(String json) {
        String text = json == null ? "" : json.strip();
        if (!text.startsWith("{") || !text.endsWith("}")) {
            throw new IllegalArgumentException("Not a JSON object: " + json);
        }
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        try {
            return new HttpLoadResult(
                    Long.parseLong(field(fields, "requests", json)), Long.parseLong(field(fields, "errors", json)),
                    number(fields, "seconds", json), number(fields, "requestsPerSecond", json),
                    number(fields, "p50Ms", json), number(fields, "p95Ms", json), number(fields, "p99Ms", json),
                    number(fields, "maxMs", json), Integer.parseInt(field(fields, "connections", json)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Bad number in " + json, e);
        }
    }

    private static double number(Map<String, String> fields, String name, String json) {
        return Double.parseDouble(field(fields, name, json));
    }

    private static String field(Map<String, String> fields, String name, String json) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No numeric field \"" + name + "\" in " + json);
        }
        return value;
    }
}
