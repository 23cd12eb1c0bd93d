package fr.tremplin.indexer.rebuild;

import java.time.Duration;

/**
 * Where a rebuild stands: {@code done} of {@code total} documents bulk-loaded (seekers then vacancies;
 * {@code total} is counted before the load starts, so writes during the load may make {@code done} end a
 * little above or below it).
 *
 * @param phase   current step
 * @param done    documents loaded so far
 * @param total   documents expected
 * @param elapsed since the rebuild started
 */
public record RebuildProgress(RebuildPhase phase, long done, long total, Duration elapsed) {

    /** 0.0 to 1.0. */
    public double fraction() {
        if (phase == RebuildPhase.DONE) {
            return 1.0;
        }
        return total == 0 ? 0.0 : Math.min(1.0, (double) done / total);
    }

    /** Documents per second so far. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }
}
