package fr.tremplin.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Memory of the bench's JVM after a full garbage collection, and of the embedded MariaDB server (a separate
 * process) when it runs on this machine. Resident sizes come from {@code /proc} (Linux), -1 elsewhere.
 *
 * @param heapUsedMb     live heap after a GC
 * @param heapCommittedMb heap the JVM holds from the system
 * @param heapMaxMb      the JVM's heap limit
 * @param rssMb          resident memory of the JVM now (heap, code, Lucene's memory-mapped index pages in use...)
 * @param peakRssMb      highest resident memory of the JVM so far (VmHWM; the data generation weighs in it)
 * @param databaseRssMb  resident memory of the embedded MariaDB server, -1 when unknown or external
 */
public record MemoryUse(long heapUsedMb, long heapCommittedMb, long heapMaxMb, long rssMb, long peakRssMb,
                        long databaseRssMb) {

    private static final long MB = 1024 * 1024;

    /** Measures now; {@code databasePidFile} may be null. */
    public static MemoryUse measure(Path databasePidFile) {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long self = ProcessHandle.current().pid();
        return new MemoryUse(heap.getUsed() / MB, heap.getCommitted() / MB, heap.getMax() / MB,
                statusKb(self, "VmRSS:").orElse(-1024) / 1024, statusKb(self, "VmHWM:").orElse(-1024) / 1024,
                databasePid(databasePidFile).stream().map(pid -> statusKb(pid, "VmRSS:").orElse(-1024) / 1024)
                        .findFirst().orElse(-1L));
    }

    private static OptionalLong databasePid(Path pidFile) {
        if (pidFile == null || !Files.isRegularFile(pidFile)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong statusKb(long pid, String key) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(key)) {
                    return OptionalLong.of(Long.parseLong(line.substring(key.length()).replace("kB", "").strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
