package fr.tremplin.api.fault;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Requests that answered 503 because the database or the index was away, logged once per outage: the first one at
 * WARN, without a stack trace (the cause is a dependency, not a bug), the following ones counted. The outage ends
 * when a health check started after the last failed request finds the dependency UP ({@link #recovered}, logged
 * with the count), or after {@link #QUIET} without any fault. Only the method, the
 * route template and exception class names are written: no path with an identifier, no message with data.
 */
@Singleton
public class FaultLog {

    private static final Logger LOG = LoggerFactory.getLogger(FaultLog.class);
    static final Duration QUIET = Duration.ofSeconds(30);

    private final Map<Faults.Kind, Outage> outages = new EnumMap<>(Faults.Kind.class);

    private static final class Outage {
        long lastNanos;
        long answered;
    }

    /** One request answered 503 because of {@code kind}; {@code route} is a template or a method name. */
    public void requestFailed(Faults.Kind kind, String route, Throwable error) {
        long now = System.nanoTime();
        long previous;
        synchronized (outages) {
            Outage o = outages.get(kind);
            if (o != null && now - o.lastNanos < QUIET.toNanos()) {
                o.lastNanos = now;
                o.answered++;
                return;
            }
            previous = o == null ? 0 : o.answered;
            o = new Outage();
            o.lastNanos = now;
            o.answered = 1;
            outages.put(kind, o);
        }
        LOG.warn("{} unavailable: requests needing it answer 503 with Retry-After until it is back (first: {}, {}){}",
                kind == Faults.Kind.DATABASE ? "Database" : "Index", route, causes(error),
                previous > 0 ? "; " + previous + " requests answered 503 during the previous outage" : "");
    }

    /**
     * {@code kind} answered a check started at {@code checkStartedNanos} ({@link System#nanoTime()}): an outage whose
     * last failed request came before that check is over (logged with its count).
     */
    public void recovered(Faults.Kind kind, long checkStartedNanos) {
        Outage o;
        synchronized (outages) {
            o = outages.get(kind);
            if (o == null || checkStartedNanos - o.lastNanos < 0) {
                return;
            }
            outages.remove(kind);
        }
        if (o != null) {
            LOG.info("{} back: {} requests answered 503 during the outage",
                    kind == Faults.Kind.DATABASE ? "Database" : "Index", o.answered);
        }
    }

    /** The requests counted in the current or last outage of {@code kind} (tests, health details). */
    public long answered(Faults.Kind kind) {
        synchronized (outages) {
            Outage o = outages.get(kind);
            return o == null ? 0 : o.answered;
        }
    }

    /** The class names of the cause chain, outermost first, at most four: what failed, never a message. */
    static String causes(Throwable error) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Throwable t = error; t != null && n < 4; t = t.getCause() == t ? null : t.getCause(), n++) {
            if (n > 0) {
                b.append(" < ");
            }
            b.append(t.getClass().getSimpleName());
        }
        return b.toString();
    }
}
