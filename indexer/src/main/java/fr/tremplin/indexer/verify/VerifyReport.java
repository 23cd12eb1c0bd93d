package fr.tremplin.indexer.verify;

import fr.tremplin.core.wording.FrenchNumbers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a consistency check of both indexes against the database.
 *
 * @param checkedAt when the check started
 * @param took      how long it took
 * @param seekers   the job-seeker index
 * @param vacancies the vacancy index
 * @param repaired  documents re-indexed by a repair just before this check (0 for a plain check)
 */
public record VerifyReport(Instant checkedAt, Duration took, IndexCheck seekers, IndexCheck vacancies, long repaired) {

    public boolean consistent() {
        return seekers.consistent() && vacancies.consistent();
    }

    public List<IndexCheck> checks() {
        return List.of(seekers, vacancies);
    }

    /** E.g. "Index consistent with the database (job seekers: 28,000 rows, ...; vacancies: ...) in 180 ms". */
    public String summary() {
        return "Index %s the database (%s; %s) in %d ms%s".formatted(
                consistent() ? "consistent with" : "INCONSISTENT with", seekers.summary(), vacancies.summary(),
                took.toMillis(), repaired > 0 ? ", after re-indexing %,d documents".formatted(repaired) : "");
    }

    /**
     * In French, for the administration page and the API: « Index conformes à la base de données (personnes : …
     * ; offres : …) en 180 ms ».
     */
    public String frenchSummary() {
        return (consistent() ? "Index conformes à la base de données" : "Écarts entre la base de données et les index")
                + " (" + seekers.frenchSummary() + " ; " + vacancies.frenchSummary() + ") en "
                + FrenchNumbers.count(took.toMillis()) + " ms"
                + (repaired > 0 ? ", après réindexation de " + FrenchNumbers.count(repaired, "document", "documents") : "");
    }

    VerifyReport afterRepair(long documents) {
        return new VerifyReport(checkedAt, took, seekers, vacancies, documents);
    }
}
