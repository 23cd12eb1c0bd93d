package fr.tremplin.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time consumed by this process (the server: the bench runs it in-process) and by the embedded MariaDB
 * server, read before and after a load to give the CPU time per request served.
 */
final class CpuMeter {

    private final Optional<ProcessHandle> database;

    /** @param databasePidFile MariaDB's pid file; when unreadable, the database's CPU time is reported unknown */
    CpuMeter(Path databasePidFile) {
        Optional<ProcessHandle> db = Optional.empty();
        try {
            if (Files.isReadable(databasePidFile)) {
                db = ProcessHandle.of(Long.parseLong(Files.readString(databasePidFile).strip()));
            }
        } catch (java.io.IOException | NumberFormatException e) {
            db = Optional.empty();
        }
        this.database = db;
    }

    /** CPU nanoseconds so far: this JVM, and MariaDB (-1 when unknown). */
    record Reading(long serverNanos, long databaseNanos) {
    }

    Reading read() {
        long server = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long db = database.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
        return new Reading(server, db);
    }

    /**
     * CPU time per request of one load.
     *
     * @param load              which load generator ("built-in generator", "wrk")
     * @param requests          requests it completed between the two readings
     * @param serverMsPerRequest this JVM's CPU time (HTTP server, security, ranking, JSON, plus the bench's idle
     *                          threads) divided by the requests, in milliseconds
     * @param databaseMsPerRequest MariaDB's CPU time divided by the requests, in milliseconds; negative when unknown
     */
    record PerRequest(String load, long requests, double serverMsPerRequest, double databaseMsPerRequest) {
    }

    static PerRequest perRequest(String load, long requests, Reading before, Reading after) {
        long n = Math.max(1, requests);
        double db = before.databaseNanos() < 0 || after.databaseNanos() < 0 ? -1
                : (after.databaseNanos() - before.databaseNanos()) / 1e6 / n;
        return new PerRequest(load, requests, (after.serverNanos() - before.serverNanos()) / 1e6 / n, db);
    }
}
