package fr.tremplin.core.ranking;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.referential.Referential;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The matching entry point: ranks people for a vacancy, vacancies for a person, and serves an adviser's free
 * search, each hit with an explanation whose contributions add up to its score. Immutable and thread-safe:
 * build one per policy and share it. The caller acquires and releases the {@link IndexSearcher} (e.g. from a
 * {@code SearcherManager}) of the right index: the job-seeker index for {@link #candidates} and
 * {@link #search}, the vacancy index for {@link #vacancies}; its similarity should be
 * {@code IndexSchema.similarity()} (Lucene's default BM25, the same).
 *
 * <p>How it works (docs/ranking.md says it for advisers): one Lucene query retrieves the documents sharing an
 * occupation (same, ROME mobility, same domain) or a skill with the query and scores them with their occupation
 * and skill contributions; a collector checks every hard filter from doc values (for people, from their copy on
 * the heap, {@code SeekerColumns}), counts the total and facets,
 * computes the remaining contributions (experience, distance, text, diploma, boosts) for the documents that
 * can still reach the requested page, and keeps the best with a deterministic tie-break on the id.
 *
 * @see MatchPolicy for the weights
 */
public final class Ranking {

    private final MatchPolicy policy;
    private final CandidateRanker candidates;
    private final VacancyRanker vacancies;
    private final FreeSearch freeSearch;
    private final TrainingCounter trainings;

    /** @param clock gives "today": a start date already past, and the time waited without a proposal */
    public Ranking(Referential referential, MatchPolicy policy, Clock clock) {
        Objects.requireNonNull(referential, "referential");
        this.policy = Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clock, "clock");
        this.candidates = new CandidateRanker(referential, policy, clock);
        this.vacancies = new VacancyRanker(referential, policy, clock);
        this.freeSearch = new FreeSearch(referential, policy, clock);
        this.trainings = new TrainingCounter(referential, policy, vacancies);
    }

    public MatchPolicy policy() {
        return policy;
    }

    /**
     * The people who fit a vacancy, best first.
     *
     * @param seekers a searcher over the job-seeker index
     * @throws InvalidQueryException when the vacancy names an unknown occupation or commune
     */
    public RankedPage<CandidateHit> candidates(IndexSearcher seekers, CandidateQuery query) {
        try {
            return candidates.rank(seekers, Objects.requireNonNull(query, "query"));
        } catch (IOException e) {
            throw new UncheckedIOException("Ranking candidates for vacancy " + query.vacancy().id()
                    + " failed while reading the job-seeker index", e);
        }
    }

    /**
     * The Lucene query {@link #candidates} retrieves people with, before its filters, features, totals, facets and
     * explanations: what the bench times as the floor of a candidates ranking. Reads only the index's statistics.
     *
     * @param seekers a searcher over the job-seeker index
     * @throws InvalidQueryException as {@link #candidates}
     */
    public org.apache.lucene.search.Query candidateRetrieval(IndexSearcher seekers, CandidateQuery query) {
        try {
            return candidates.retrieval(seekers, Objects.requireNonNull(query, "query"));
        } catch (IOException e) {
            throw new UncheckedIOException("Building the retrieval for vacancy " + query.vacancy().id()
                    + " failed while reading the job-seeker index", e);
        }
    }

    /**
     * The vacancies that fit a person, best first.
     *
     * @param vacancyIndex a searcher over the vacancy index
     * @throws InvalidQueryException when the person's commune is unknown
     */
    public RankedPage<VacancyHit> vacancies(IndexSearcher vacancyIndex, VacancyQuery query) {
        try {
            return vacancies.rank(vacancyIndex, Objects.requireNonNull(query, "query"));
        } catch (IOException e) {
            throw new UncheckedIOException("Ranking vacancies for seeker " + query.seeker().id()
                    + " failed while reading the vacancy index", e);
        }
    }

    /**
     * What the person lacks that would open the most open vacancies: one line per skill, certificate or driving
     * licence that is the only requirement the person misses for at least one vacancy the ranking's hard filters
     * let through, best first ({@link TrainingRules#ORDER}).
     *
     * @param vacancyIndex a searcher over the vacancy index
     * @throws InvalidQueryException when the person's commune is unknown
     */
    public List<TrainingLine> trainings(IndexSearcher vacancyIndex, SeekerIndexView seeker) {
        try {
            return trainings.lines(vacancyIndex, Objects.requireNonNull(seeker, "seeker"));
        } catch (IOException e) {
            throw new UncheckedIOException("Counting the trainings of seeker " + seeker.id()
                    + " failed while reading the vacancy index", e);
        }
    }

    /**
     * An adviser's free search for people, best first.
     *
     * @param seekers a searcher over the job-seeker index
     * @throws InvalidQueryException naming the field, for an unknown code or commune, or a radius out of range
     */
    public RankedPage<CandidateHit> search(IndexSearcher seekers, FreeSearchQuery query) {
        try {
            return freeSearch.search(seekers, Objects.requireNonNull(query, "query"));
        } catch (IOException e) {
            throw new UncheckedIOException("Free search failed while reading the job-seeker index", e);
        }
    }
}
