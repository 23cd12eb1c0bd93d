package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema.Vacancy;
import fr.tremplin.core.vacancy.VacancyStatus;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;

/**
 * Runs a {@link VacancyPlan} over the vacancy index: the mirror of {@link SeekerCollector}. Hard filters
 * from doc values (open, positions, start date, the programmes the contract needs, licences, distance,
 * strict skills), then facets, then the exact contributions ({@link VacancyScoring}) of the vacancies that
 * can still reach the top.
 */
final class VacancyCollector extends RankingCollector {

    private static final BytesRef OPEN = new BytesRef(VacancyStatus.OPEN.name());

    private final VacancyPlan plan;

    private VacancyCollector(VacancyPlan plan) {
        super(plan.search(), Vacancy.STATUS, OPEN,
                Facets.CONTRACT_TYPE, Facets.EMPLOYER_KIND, Facets.DISTANCE, Facets.INSERTION_CLAUSE);
        this.plan = plan;
    }

    static CollectorManager<VacancyCollector, VacancyCollector> manager(VacancyPlan plan) {
        return manager(() -> new VacancyCollector(plan));
    }

    @Override
    String distanceFacet() {
        return Facets.DISTANCE;
    }

    @Override
    Side<?> side(LeafReaderContext context) throws IOException {
        return new Leaf(context.reader());
    }

    /** The filters and facet counts of one segment; the scoring and the capture are {@link VacancyScoring}'s. */
    private final class Leaf extends Side<VacancyScoring.Facts> {

        private final VacancyFilters filters;
        private final VacancyScoring scoring;
        private final SortedDocValues contracts;
        private final SortedDocValues kinds;
        private final int[] contractCounts;
        private final int[] kindCounts;
        private final long[] clauseCounts = new long[2];

        Leaf(LeafReader reader) throws IOException {
            super(new VacancyScoring.Facts());
            this.filters = new VacancyFilters(plan.person(), plan.today(), reader, facts);
            this.contracts = filters.contracts;
            this.kinds = filters.kinds;
            boolean exactCounts = plan.search().exactCounts();
            this.contractCounts = exactCounts ? new int[contracts.getValueCount()] : null;
            this.kindCounts = exactCounts ? new int[kinds.getValueCount()] : null;
            this.scoring = new VacancyScoring(plan, reader, facts, filters);
        }

        /** Every hard filter but the status ({@link VacancyFilters}); leaves the distance and contract facts set. */
        @Override
        boolean passes(int doc) throws IOException {
            if (!filters.open(doc) || !filters.licencesHeld(doc)) {
                return false;
            }
            filters.readRequired(doc);
            return !plan.strict() || filters.holdsRequired();
        }

        @Override
        void count() {
            contractCounts[facts.contractOrd]++;
            kindCounts[facts.kindOrd]++;
            clauseCounts[facts.clause ? 1 : 0]++;
            facets.addBand(FacetCounts.band(facts.distanceKm));
        }

        @Override
        void scoreFeatures(int doc) throws IOException {
            scoring.score(doc);
        }

        @Override
        HitData capture(int doc, HitId id, double score) throws IOException {
            return scoring.capture(id, score);
        }

        @Override
        void fold() throws IOException {
            facets.fold(Facets.CONTRACT_TYPE, contracts, contractCounts);
            facets.fold(Facets.EMPLOYER_KIND, kinds, kindCounts);
            facets.add(Facets.INSERTION_CLAUSE, "false", clauseCounts[0]);
            facets.add(Facets.INSERTION_CLAUSE, "true", clauseCounts[1]);
        }
    }
}
