package fr.tremplin.indexer;

import fr.tremplin.core.wording.FrenchNumbers;
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
            case CLOSED -> problems.add("index non ouvert");
            case NO_INDEX -> problems.add("aucun index" + lastRebuildError.map(e -> " (la dernière reconstruction a"
                    + " échoué : " + e + ")").orElse(" : lancez la reconstruction"));
            case CORRUPT -> problems.add("index endommagé, reconstruction en cours" + rebuild.map(IndexStatus::progress)
                    .orElse(lastRebuildError.map(e -> " (la dernière reconstruction a échoué : " + e + ")").orElse("")));
            case BUILDING -> problems.add("index en construction" + rebuild.map(IndexStatus::progress).orElse(""));
            case READY -> {
                if (lag.isPresent() && lag.get().compareTo(maxLag) > 0) {
                    problems.add("index en retard de %s s sur la base de données (au plus %s s)%s".formatted(
                            FrenchNumbers.number(lag.get().toMillis() / 1000.0),
                            FrenchNumbers.number(maxLag.toMillis() / 1000.0),
                            tailerError.map(e -> " : " + e).orElse("")));
                }
                lastVerify.filter(v -> !v.consistent()).ifPresent(v -> problems.add(v.frenchSummary()));
            }
        }
        return problems;
    }

    public boolean healthy() {
        return problems().isEmpty();
    }

    private static String progress(RebuildProgress p) {
        return " (" + p.phase().label() + ", " + FrenchNumbers.count(p.done()) + " documents sur "
                + FrenchNumbers.count(p.total()) + ")";
    }
}
