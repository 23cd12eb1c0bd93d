package fr.tremplin.api.index;

import fr.tremplin.indexer.IndexStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** The index as the administrator sees it. */
@Serdeable
public record IndexStatusDto(String state, boolean healthy, List<String> problems, Map<String, Integer> documents,
                             long outboxPosition, int pendingGaps, @Nullable Long lagMillis,
                             @Nullable RebuildDto rebuild, @Nullable String lastRebuild,
                             @Nullable String lastRebuildError, @Nullable String lastVerify) {

    @Serdeable
    public record RebuildDto(String phase, long done, long total, double fraction) {}

    public static IndexStatusDto of(IndexStatus s) {
        Map<String, Integer> documents = new java.util.TreeMap<>();
        s.documents().forEach((kind, count) -> documents.put(kind.name(), count));
        return new IndexStatusDto(s.state().name(), s.problems().isEmpty(), s.problems(), documents, s.watermark(),
                s.pendingGaps(), s.lag().map(java.time.Duration::toMillis).orElse(null),
                s.rebuild().map(p -> new RebuildDto(p.phase().name(), p.done(), p.total(), p.fraction())).orElse(null),
                s.lastRebuild().map(r -> r.frenchSummary()).orElse(null), s.lastRebuildError().orElse(null),
                s.lastVerify().map(v -> v.frenchSummary()).orElse(null));
    }
}
