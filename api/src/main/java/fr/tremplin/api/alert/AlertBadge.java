package fr.tremplin.api.alert;

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
 * {@link #FRESHNESS} and unit (every page shows it). When the database fails the badge is simply left out.
 */
@Singleton
public class AlertBadge {
    static final Duration FRESHNESS = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(AlertBadge.class);

    private record Count(int value, long at) {
    }

    private final AlertService alerts;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public AlertBadge(AlertService alerts) {
        this.alerts = alerts;
    }

    public OptionalInt count(String unit) {
        long now = System.nanoTime();
        Count known = counts.get(unit);
        if (known != null && now - known.at() < FRESHNESS.toNanos()) {
            return OptionalInt.of(known.value());
        }
        try {
            int value = alerts.of(unit, Set.of()).size();
            counts.put(unit, new Count(value, now));
            return OptionalInt.of(value);
        } catch (RuntimeException e) {
            LOG.debug("Alert badge left out ({})", e.getClass().getName());
            return known == null ? OptionalInt.empty() : OptionalInt.of(known.value());
        }
    }

    /** Forgets the counts (tests, after a change they must see at once). */
    public void forget() {
        counts.clear();
    }
}
