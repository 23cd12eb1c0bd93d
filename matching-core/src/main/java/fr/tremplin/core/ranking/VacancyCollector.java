package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.IndexSchema.Vacancy;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Set;

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

        private final VacancyPlan.Person person = plan.person();
        private final VacancyScoring scoring;
        private final NumericDocValues positions;
        private final SortedNumericDocValues workplaces;
        private final NumericDocValues maxDistances;
        private final SortedSetDocValues licences;
        /** Per licence ord: 0 not looked up yet, 1 held, 2 not held. */
        private final byte[] licenceHeld;
        private final NumericDocValues starts;
        private final SortedDocValues contracts;
        private final SortedDocValues kinds;
        private final NumericDocValues clauses;
        private final boolean[][][] allowed;
        private final Reach reach;
        private final int[] contractCounts;
        private final int[] kindCounts;
        private final long[] clauseCounts = new long[2];

        Leaf(LeafReader reader) throws IOException {
            super(new VacancyScoring.Facts());
            this.positions = DocValues.getNumeric(reader, Vacancy.POSITIONS);
            this.workplaces = DocValues.getSortedNumeric(reader, Vacancy.WORKPLACE);
            this.maxDistances = DocValues.getNumeric(reader, Vacancy.MAX_DISTANCE_KM);
            this.licences = DocValues.getSortedSet(reader, Vacancy.REQUIRED_LICENCE);
            this.licenceHeld = new byte[(int) licences.getValueCount()];
            this.starts = DocValues.getNumeric(reader, Vacancy.START_DATE);
            this.contracts = DocValues.getSorted(reader, Vacancy.CONTRACT_TYPE);
            this.kinds = DocValues.getSorted(reader, Vacancy.EMPLOYER_KIND);
            this.clauses = DocValues.getNumeric(reader, Vacancy.INSERTION_CLAUSE);
            this.allowed = allowedContracts();
            this.reach = new Reach(person.home().lat(), person.home().lon());
            boolean exactCounts = plan.search().exactCounts();
            this.contractCounts = exactCounts ? new int[contracts.getValueCount()] : null;
            this.kindCounts = exactCounts ? new int[kinds.getValueCount()] : null;
            this.scoring = new VacancyScoring(plan, reader, facts, contracts, kinds);
        }

        /** [contract ord][employer kind ord][clause 0/1] → whether the person's programmes cover the needs. */
        private boolean[][][] allowedContracts() throws IOException {
            boolean[][][] table = new boolean[contracts.getValueCount()][kinds.getValueCount()][2];
            for (int c = 0; c < table.length; c++) {
                ContractType contract = ContractType.valueOf(contracts.lookupOrd(c).utf8ToString());
                for (int k = 0; k < table[c].length; k++) {
                    EmployerKind kind = EmployerKind.valueOf(kinds.lookupOrd(k).utf8ToString());
                    for (int withClause = 0; withClause < 2; withClause++) {
                        Set<Programme> needs = ProgrammeNeeds.of(contract, kind, withClause == 1);
                        table[c][k][withClause] = person.programmes().containsAll(needs);
                    }
                }
            }
            return table;
        }

        /** Every hard filter but the status, cheapest first; leaves the distance and contract facts set. */
        @Override
        boolean passes(int doc) throws IOException {
            if (!positions.advanceExact(doc) || positions.longValue() < 1) {
                return false;
            }
            if (!starts.advanceExact(doc) || Math.max(starts.longValue(), plan.today()) < person.availableFrom()) {
                return false;
            }
            if (!contracts.advanceExact(doc) || !kinds.advanceExact(doc)) {
                return false;
            }
            facts.contractOrd = contracts.ordValue();
            facts.kindOrd = kinds.ordValue();
            facts.clause = clauses.advanceExact(doc) && clauses.longValue() == 1;
            if (!allowed[facts.contractOrd][facts.kindOrd][facts.clause ? 1 : 0] || !licencesHeld(doc)) {
                return false;
            }
            double limit = person.radiusKm();
            if (maxDistances.advanceExact(doc) && maxDistances.longValue() > 0) {
                limit = Math.min(limit, maxDistances.longValue());
            }
            if (!workplaces.advanceExact(doc)) {
                return false;
            }
            facts.distanceKm = reach.distanceKm(workplaces.nextValue(), limit);
            if (facts.distanceKm > limit) {
                return false;
            }
            scoring.readRequired(doc);
            return !plan.strict() || scoring.holdsRequired();
        }

        private boolean licencesHeld(int doc) throws IOException {
            if (licences.advanceExact(doc)) {
                for (int i = 0, n = licences.docValueCount(); i < n; i++) {
                    int ord = (int) licences.nextOrd();
                    if (licenceHeld[ord] == 0) {
                        String code = licences.lookupOrd(ord).utf8ToString();
                        licenceHeld[ord] = (byte) (Licences.holds(person.licences(), code) ? 1 : 2);
                    }
                    if (licenceHeld[ord] != 1) {
                        return false;
                    }
                }
            }
            return true;
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
        HitData capture(int doc, String id, double score) throws IOException {
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
