package fr.tremplin.indexer;

import fr.tremplin.indexer.mapping.RejectedRow;
import fr.tremplin.indexer.rebuild.RebuildProgress;
import fr.tremplin.indexer.rebuild.RebuildReport;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.verify.VerifyReport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the indexes, for /health, the admin endpoint and the commands.
 *
 * @param state            searchable or not
 * @param generation       the generation in use
 * @param watermark        outbox position: every id up to it is applied (it is what the next commit stores)
 * @param highestApplied   the highest outbox id applied (above the watermark when gaps are waited for)
 * @param pendingGaps      outbox ids below the newest applied one still waited for (open transactions)
 * @param freshAsOf        every outbox row committed before this instant is searchable
 * @param lag              now − freshAsOf; how far behind the database the searches may be
 * @param maxLag           {@code tremplin.index.max-lag}
 * @param documents        live documents per index
 * @param rebuild          the rebuild in progress
 * @param lastRebuild      the last rebuild of this process
 * @param lastRebuildError why the last rebuild failed, when it did
 * @param lastVerify       the last consistency check of this process
 * @param tailerError      the last failure of the outbox tailer or of the committer, cleared by the next success
 * @param rejectedRows     recent rows left out because they cannot be mapped
 */
public record IndexStatus(IndexState state, Optional<String> generation, long watermark, long highestApplied,
                          int pendingGaps,
                          Optional<Instant> freshAsOf, Optional<Duration> lag, Duration maxLag,
                          Map<IndexKind, Integer> documents, Optional<RebuildProgress> rebuild,
                          Optional<RebuildReport> lastRebuild, Optional<String> lastRebuildError,
                          Optional<VerifyReport> lastVerify, Optional<String> tailerError,
                          List<RejectedRow> rejectedRows) {

    public IndexStatus {
        documents = Map.copyOf(documents);
        rejectedRows = List.copyOf(rejectedRows);
    }

    public boolean ready() {
        return state == IndexState.READY;
    }

    public boolean rebuilding() {
        return rebuild.isPresent();
    }

    /**
     * What makes the index unhealthy, in plain words; empty when healthy. Unhealthy: not searchable, behind
     * the database by more than {@code maxLag}, or found inconsistent by the last check.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        switch (state) {
            case CLOSED -> problems.add("index not opened");
            case NO_INDEX -> problems.add("no index" + lastRebuildError.map(e -> " (last rebuild failed: " + e + ")")
                    .orElse(": run the rebuild"));
            case CORRUPT -> problems.add("index corrupted, being rebuilt" + rebuild.map(p -> " (%s, %d/%d documents)"
                    .formatted(p.phase(), p.done(), p.total())).orElse(lastRebuildError.map(e -> " (last rebuild"
                    + " failed: " + e + ")").orElse("")));
            case BUILDING -> problems.add("index being built" + rebuild.map(p -> " (%s, %d/%d documents)"
                    .formatted(p.phase(), p.done(), p.total())).orElse(""));
            case READY -> {
                if (lag.isPresent() && lag.get().compareTo(maxLag) > 0) {
                    problems.add("index behind the database by %.1f s (max %.1f s)%s".formatted(
                            lag.get().toMillis() / 1000.0, maxLag.toMillis() / 1000.0,
                            tailerError.map(e -> ": " + e).orElse("")));
                }
                lastVerify.filter(v -> !v.consistent()).ifPresent(v -> problems.add(v.summary()));
            }
        }
        return problems;
    }

    public boolean healthy() {
        return problems().isEmpty();
    }
}
