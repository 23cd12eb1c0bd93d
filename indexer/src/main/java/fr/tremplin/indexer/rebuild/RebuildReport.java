package fr.tremplin.indexer.rebuild;

import fr.tremplin.core.wording.FrenchNumbers;

import java.time.Duration;
import java.time.Instant;

/**
 * A finished rebuild.
 *
 * @param generation   the new generation, now in use
 * @param startedAt    when it started
 * @param seekers      job seekers loaded in bulk
 * @param vacancies    vacancies loaded in bulk
 * @param rejected     rows left out because they cannot be mapped (see the index status for which)
 * @param replayed     outbox rows re-applied after the bulk load
 * @param replayFrom   outbox position the replay started from
 * @param took         total time, swap included
 */
public record RebuildReport(String generation, Instant startedAt, long seekers, long vacancies, long rejected,
                            long replayed, long replayFrom, Duration took) {

    public long documents() {
        return seekers + vacancies;
    }

    public double documentsPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : documents() / seconds;
    }

    /** E.g. "Index rebuilt: 28,000 job seekers and 3,150 vacancies in 1.9 s (16,400 documents/s)...". */
    public String summary() {
        return "Index rebuilt: %,d job seekers and %,d vacancies in %.1f s (%,.0f documents/s), %,d outbox rows replayed from %d%s, now %s"
                .formatted(seekers, vacancies, took.toNanos() / 1e9, documentsPerSecond(), replayed, replayFrom,
                        rejected > 0 ? ", %,d rows REJECTED (see the log)".formatted(rejected) : "", generation);
    }

    /** In French, for the administration page and the API: « Index reconstruits : 28 000 personnes et 3 150 offres en 1,9 s… ». */
    public String frenchSummary() {
        return "Index reconstruits : " + FrenchNumbers.count(seekers, "personne", "personnes") + " et "
                + FrenchNumbers.count(vacancies, "offre", "offres") + " en " + FrenchNumbers.number(took.toNanos() / 1e9)
                + " s (" + FrenchNumbers.count(Math.round(documentsPerSecond())) + " documents/s), "
                + FrenchNumbers.count(replayed) + " modification(s) rejouée(s) depuis la position " + replayFrom
                + (rejected > 0 ? ", " + FrenchNumbers.count(rejected) + " ligne(s) écartée(s) (voir le journal)" : "")
                + ", génération " + generation;
    }
}
