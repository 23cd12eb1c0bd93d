package fr.tremplin.api.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;

/**
 * The components of {@code /health} and {@code /health/readiness}, read from {@link HealthMonitor}'s cache (never
 * blocking), and the process component of {@code /health/liveness}.
 */
public final class CachedHealthIndicators {

    private CachedHealthIndicators() {
    }

    private static Publisher<HealthResult> of(String name, HealthMonitor.Check check) {
        return Publishers.just(HealthResult.builder(name, check.status()).details(check.details()).build());
    }

    /** The database ({@code jdbc}, the name Micronaut's own indicator had). */
    @Singleton
    public static class Database implements HealthIndicator {
        private final HealthMonitor monitor;

        public Database(HealthMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public Publisher<HealthResult> getResult() {
            return of("jdbc", monitor.database());
        }
    }

    /**
     * The index: DOWN while it is being built or rebuilt after a corruption, when it is behind the database by more
     * than {@code tremplin.index.max-lag}, or when the last consistency check found it different from the database.
     */
    @Singleton
    public static class Index implements HealthIndicator {
        private final HealthMonitor monitor;

        public Index(HealthMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public Publisher<HealthResult> getResult() {
            return of("index", monitor.index());
        }
    }

    /** Liveness: the process answers HTTP (a restart would not repair the database or the index). */
    @Singleton
    @Liveness
    public static class Process implements HealthIndicator {
        @Override
        public Publisher<HealthResult> getResult() {
            return Publishers.just(HealthResult.builder("process", HealthStatus.UP).details(Map.of()).build());
        }
    }
}
