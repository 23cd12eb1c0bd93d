package fr.tremplin.api.health;

import fr.tremplin.api.fault.FaultLog;
import fr.tremplin.api.fault.Faults;
import fr.tremplin.data.db.DatabaseBootstrap;
import fr.tremplin.data.db.EmbeddedMariaDbSupervisor;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.IndexStatus;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.health.HealthStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micronaut.jdbc.DataSourceResolver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Checks the database in the background every {@code tremplin.health.interval} (default 1s) and keeps the last
 * result, so that {@code /health} answers at once, whatever state it is in; the index's state is read from memory. A check still
 * running after {@code tremplin.health.timeout} (default 2s, e.g. a stalled database) counts as DOWN. A dead
 * embedded mariadbd is DOWN at once. Changes of state are logged once.
 */
@Singleton
public class HealthMonitor implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);

    /** One component's last known state. */
    public record Check(HealthStatus status, Map<String, Object> details, Instant checkedAt) {
        public boolean up() {
            return HealthStatus.UP.equals(status);
        }
    }

    private final DataSource dataSource;
    private final DatabaseBootstrap database;
    private final IndexService index;
    private final Duration interval;
    private final Duration timeout;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("tremplin-health").daemon().factory());
    private final Probe databaseProbe;

    public HealthMonitor(DataSource dataSource, DataSourceResolver resolver, DatabaseBootstrap database,
                         IndexService index, FaultLog faults, HealthSettings settings) {
        this.dataSource = resolver.resolve(dataSource); // the pool itself, not the transaction-bound proxy
        this.database = database;
        this.index = index;
        this.interval = settings.interval();
        this.timeout = settings.timeout();
        this.databaseProbe = new Probe("database", this::checkDatabase,
                started -> faults.recovered(Faults.Kind.DATABASE, started));
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        scheduler.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The database's last known state (DOWN "not checked yet" before the first check). */
    public Check database() {
        Check dead = embeddedServerDown();
        return dead != null ? dead : databaseProbe.current();
    }

    /** The index, read now: its status is kept in memory by the index service (no I/O, no lock held long). */
    public Check index() {
        try {
            return checkIndex();
        } catch (RuntimeException e) {
            return new Check(HealthStatus.DOWN, Map.of("error", e.getClass().getSimpleName()), Instant.now());
        }
    }

    private void tick() {
        databaseProbe.tick();
    }

    private Check checkDatabase() {
        Map<String, Object> details = new LinkedHashMap<>();
        database.info().ifPresent(i -> {
            details.put("mode", i.mode().name());
            details.put("url", i.url());
        });
        database.supervisor().ifPresent(s -> details.put("restarts", s.state().restarts()));
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid((int) Math.max(1, timeout.toSeconds()));
            details.put("database", c.getMetaData().getDatabaseProductName());
            return new Check(valid ? HealthStatus.UP : HealthStatus.DOWN, details, Instant.now());
        } catch (Exception e) {
            details.put("error", "Base de données indisponible : " + e.getClass().getSimpleName());
            return new Check(HealthStatus.DOWN, details, Instant.now());
        }
    }

    private Check embeddedServerDown() {
        return database.supervisor().map(EmbeddedMariaDbSupervisor::state).filter(s -> !s.alive()).map(s -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("error", "Le serveur MariaDB intégré s'est arrêté : redémarrage en cours");
            details.put("restarts", s.restarts());
            s.lastError().ifPresent(e -> details.put("lastRestartError", e));
            return new Check(HealthStatus.DOWN, details, Instant.now());
        }).orElse(null);
    }

    private Check checkIndex() {
        IndexStatus status = index.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", status.state().name());
        details.put("documents", status.documents());
        status.lag().ifPresent(lag -> details.put("lagMillis", lag.toMillis()));
        details.put("maxLagMillis", status.maxLag().toMillis());
        details.put("outboxPosition", status.watermark());
        details.put("pendingGaps", status.pendingGaps());
        status.rebuild().ifPresent(p -> details.put("rebuild", p.phase().label() + " " + p.done() + "/" + p.total()));
        status.lastVerify().ifPresent(v -> details.put("lastVerify", v.frenchSummary()));
        if (!status.problems().isEmpty()) {
            details.put("problems", status.problems());
        }
        return new Check(status.problems().isEmpty() ? HealthStatus.UP : HealthStatus.DOWN, details, Instant.now());
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
        databaseProbe.stop();
    }

    /** One component: at most one check in flight, its result cached, a late check counted as DOWN. */
    private final class Probe {
        private final String name;
        private final Supplier<Check> check;
        /** Told, with the start of the check ({@link System#nanoTime()}), each time a check finds the component UP. */
        private final LongConsumer onUp;
        private final ExecutorService worker;
        private volatile Check last;
        private volatile long runningSince; // System.nanoTime() of the check in flight, 0 when none

        Probe(String name, Supplier<Check> check, LongConsumer onUp) {
            this.onUp = onUp;
            this.name = name;
            this.check = check;
            this.worker = Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().name("tremplin-health-" + name).daemon().factory());
            this.last = new Check(HealthStatus.DOWN, Map.of("error", "pas encore vérifié"), Instant.now());
        }

        void tick() {
            if (runningSince != 0) {
                return;
            }
            long started = System.nanoTime();
            runningSince = started;
            try {
                worker.execute(() -> {
                    try {
                        Check now = check.get();
                        record(now);
                        if (now.up()) {
                            onUp.accept(started);
                        }
                    } catch (RuntimeException e) {
                        record(new Check(HealthStatus.DOWN, Map.of("error", e.getClass().getSimpleName()),
                                Instant.now()));
                    } finally {
                        runningSince = 0;
                    }
                });
            } catch (RuntimeException e) { // shutting down
                runningSince = 0;
            }
        }

        Check current() {
            long since = runningSince;
            if (since != 0 && System.nanoTime() - since > timeout.toNanos()) {
                Map<String, Object> details = new LinkedHashMap<>(last.details());
                details.put("error", "pas de réponse depuis " + (System.nanoTime() - since) / 1_000_000 + " ms");
                return new Check(HealthStatus.DOWN, details, Instant.now());
            }
            return last;
        }

        private void record(Check now) {
            Check before = last;
            last = now;
            if (before.up() != now.up() && !(before.details().containsKey("error")
                    && "pas encore vérifié".equals(before.details().get("error")) && now.up())) {
                if (now.up()) {
                    LOG.info("Health: {} is UP again", name);
                } else {
                    LOG.warn("Health: {} is DOWN: {}", name, now.details().getOrDefault("error",
                            now.details().getOrDefault("problems", "")));
                }
            }
        }

        void stop() {
            worker.shutdownNow();
        }
    }
}
