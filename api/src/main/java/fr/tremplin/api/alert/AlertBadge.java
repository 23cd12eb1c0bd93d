package fr.tremplin.api.alert;

import fr.tremplin.api.health.HealthMonitor;
import fr.tremplin.data.alert.AlertService;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The number of alerts of a unit shown in the advisers' navigation, recomputed at most once per
 * {@link #FRESHNESS} and unit (every page shows it). While the database is known down, or for a minute after a read
 * failed, nothing is asked: the last count is shown, or no badge — a page never waits for it.
 */
@Singleton
public class AlertBadge {
    static final Duration FRESHNESS = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(AlertBadge.class);

    /** {@code value} -1: the last read failed. */
    private record Count(int value, long at) {
        OptionalInt shown() {
            return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
        }
    }

    private final AlertService alerts;
    private final HealthMonitor health;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public AlertBadge(AlertService alerts, HealthMonitor health) {
        this.alerts = alerts;
        this.health = health;
    }

    public OptionalInt count(String unit) {
        long now = System.nanoTime();
        Count known = counts.get(unit);
        if (known != null && now - known.at() < FRESHNESS.toNanos()) {
            return known.shown();
        }
        if (!health.database().up()) {
            return known == null ? OptionalInt.empty() : known.shown();
        }
        try {
            int value = alerts.of(unit, Set.of()).size();
            counts.put(unit, new Count(value, now));
            return OptionalInt.of(value);
        } catch (RuntimeException e) {
            LOG.debug("Alert badge left out ({})", e.getClass().getName());
            counts.put(unit, new Count(-1, now));
            return OptionalInt.empty();
        }
    }

    /** Forgets the counts (tests, after a change they must see at once). */
    public void forget() {
        counts.clear();
    }
}
