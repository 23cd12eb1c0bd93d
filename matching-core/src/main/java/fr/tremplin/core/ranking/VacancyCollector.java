package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.IndexSchema;
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
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link VacancyPlan} over the vacancy index: the mirror of {@link SeekerCollector}. Hard filters
 * from doc values, then facets, then the exact contributions of the vacancies that can still reach the top.
 */
final class VacancyCollector implements Collector {

    private static final BytesRef OPEN = new BytesRef(VacancyStatus.OPEN.name());
    private static final double BOUND_MARGIN = 1e-4;
    /** Skill value of a vacancy that lists no skill: neither a match nor a gap. */
    static final double NO_SKILLS_VALUE = 0.5;
    private static final Feature[] FEATURES = Feature.values();

    private final VacancyPlan plan;
    private final TopHits top;
    private final FacetCounts facets = new FacetCounts();
    private long total;

    private VacancyCollector(VacancyPlan plan) {
        this.plan = plan;
        this.top = new TopHits(plan.depth);
        facets.declare(Facets.CONTRACT_TYPE);
        facets.declare(Facets.EMPLOYER_KIND);
        facets.declare(Facets.DISTANCE);
        facets.declare(Facets.INSERTION_CLAUSE);
    }

    static CollectorManager<VacancyCollector, VacancyCollector> manager(VacancyPlan plan) {
        return new CollectorManager<>() {
            @Override
            public VacancyCollector newCollector() {
                return new VacancyCollector(plan);
            }

            @Override
            public VacancyCollector reduce(Collection<VacancyCollector> collectors) {
                VacancyCollector merged = new VacancyCollector(plan);
                for (VacancyCollector collector : collectors) {
                    merged.top.addAll(collector.top);
                    merged.facets.addAll(collector.facets);
                    merged.total += collector.total;
                }
                return merged;
            }
        };
    }

    List<HitData> hits() {
        return top.sorted();
    }

    long total() {
        return total;
    }

    Facets facets() {
        return plan.exactCounts ? facets.toFacets(Facets.DISTANCE) : Facets.none();
    }

    @Override
    public ScoreMode scoreMode() {
        return plan.exactCounts ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues status = DocValues.getSorted(context.reader(), Vacancy.STATUS);
        int open = status.lookupTerm(OPEN);
        if (open < 0) {
            throw new CollectionTerminatedException();
        }
        return new Leaf(context, status, open);
    }

    private final class Leaf implements LeafCollector {

        private final SortedDocValues status;
        private final int openOrd;
        private final NumericDocValues positions;
        private final SortedNumericDocValues workplaces;
        private final NumericDocValues maxDistances;
        private final SortedSetDocValues licences;
        private final byte[] licenceHeld;
        private final NumericDocValues starts;
        private final SortedDocValues contracts;
        private final SortedDocValues kinds;
        private final NumericDocValues clauses;
        private final boolean[][][] allowed;
        private final SortedSetDocValues required;
        private final SortedSetDocValues nice;
        private final OrdTable heldRequired;
        private final OrdTable heldNice;
        private final double[] requiredRarity;
        private final double[] niceRarity;
        private final SortedDocValues occupations;
        private final OrdRelations relations;
        private final OrdTable monthsByOrd;
        private final List<String> experienced;
        private final NumericDocValues diplomas;
        private final SortedDocValues ids;
        private final TextRelevance.Leaf text;
        private final int[] contractCounts;
        private final int[] kindCounts;
        private final long[] clauseCounts = new long[2];
        private final double[] values = new double[FEATURES.length];
        private final double[] contributions = new double[FEATURES.length];
        private final Reach reach;
        private Scorable scorer;
        private float minCompetitive;

        // per-document facts
        private double distance;
        private int contractOrd;
        private int kindOrd;
        private boolean clause;
        private long[] requiredOrds = new long[8];
        private int requiredCount;
        private long[] niceOrds = new long[8];
        private int niceCount;
        private int relation;
        private int occupationOrd;
        private int months;
        private int diplomaRequired;
        private double textValue;

        Leaf(LeafReaderContext context, SortedDocValues status, int openOrd) throws IOException {
            LeafReader reader = context.reader();
            this.status = status;
            this.openOrd = openOrd;
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
            this.required = DocValues.getSortedSet(reader, Vacancy.REQUIRED_SKILL);
            this.nice = DocValues.getSortedSet(reader, Vacancy.NICE_SKILL);
            this.heldRequired = OrdTable.indexOf(TermLookup.of(required), plan.skills);
            this.heldNice = OrdTable.indexOf(TermLookup.of(nice), plan.skills);
            this.requiredRarity = unknown(required.getValueCount());
            this.niceRarity = unknown(nice.getValueCount());
            this.occupations = DocValues.getSorted(reader, Vacancy.OCCUPATION);
            this.relations = plan.occupations == null ? null
                    : OrdRelations.resolve(plan.occupations, TermLookup.of(occupations), OccupationRelation.SAME_TARGET);
            List<String> experienced = List.copyOf(plan.experienceMonths.keySet());
            this.monthsByOrd = OrdTable.indexOf(TermLookup.of(occupations), experienced);
            this.experienced = experienced;
            this.diplomas = DocValues.getNumeric(reader, Vacancy.MIN_DIPLOMA_LEVEL);
            this.ids = DocValues.getSorted(reader, IndexSchema.ID);
            this.text = plan.text == null ? null : plan.text.leaf(context);
            this.contractCounts = plan.exactCounts ? new int[contracts.getValueCount()] : null;
            this.kindCounts = plan.exactCounts ? new int[kinds.getValueCount()] : null;
            this.reach = new Reach(plan.home.lat(), plan.home.lon());
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
                        table[c][k][withClause] = plan.programmes.containsAll(needs);
                    }
                }
            }
            return table;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            this.minCompetitive = 0;
            raiseMinimum();
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!passesFilters(doc)) {
                return;
            }
            total++;
            if (plan.exactCounts) {
                contractCounts[contractOrd]++;
                kindCounts[kindOrd]++;
                clauseCounts[clause ? 1 : 0]++;
                facets.addBand(FacetCounts.band(distance));
            }
            double bound = scorer.score() + plan.boundSlack + BOUND_MARGIN;
            if (!top.mayAccept(bound)) {
                return;
            }
            double score = score(doc);
            if (!top.mayAccept(score)) {
                return;
            }
            String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
            if (!top.accepts(score, id)) {
                return;
            }
            top.offer(capture(id, score));
            raiseMinimum();
        }

        /** Every hard filter, cheapest first; leaves the distance and contract facts of the vacancy set. */
        private boolean passesFilters(int doc) throws IOException {
            if (!status.advanceExact(doc) || status.ordValue() != openOrd) {
                return false;
            }
            if (!positions.advanceExact(doc) || positions.longValue() < 1) {
                return false;
            }
            if (!starts.advanceExact(doc) || Math.max(starts.longValue(), plan.today) < plan.availableFrom) {
                return false;
            }
            if (!contracts.advanceExact(doc) || !kinds.advanceExact(doc)) {
                return false;
            }
            contractOrd = contracts.ordValue();
            kindOrd = kinds.ordValue();
            clause = clauses.advanceExact(doc) && clauses.longValue() == 1;
            if (!allowed[contractOrd][kindOrd][clause ? 1 : 0]) {
                return false;
            }
            if (licences.advanceExact(doc)) {
                for (int i = 0, n = licences.docValueCount(); i < n; i++) {
                    if (!licenceHeld((int) licences.nextOrd())) {
                        return false;
                    }
                }
            }
            double limit = plan.radiusKm;
            if (maxDistances.advanceExact(doc) && maxDistances.longValue() > 0) {
                limit = Math.min(limit, maxDistances.longValue());
            }
            if (!workplaces.advanceExact(doc)) {
                return false;
            }
            distance = reach.distanceKm(workplaces.nextValue(), limit);
            if (distance > limit) {
                return false;
            }
            requiredCount = readOrds(required, doc, true);
            if (plan.strict) {
                for (int i = 0; i < requiredCount; i++) {
                    if (heldRequired.get(requiredOrds[i]) < 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean licenceHeld(int ord) throws IOException {
            if (licenceHeld[ord] == 0) {
                String code = licences.lookupOrd(ord).utf8ToString();
                licenceHeld[ord] = (byte) (Licences.holds(plan.licences, code) ? 1 : 2);
            }
            return licenceHeld[ord] == 1;
        }

        private int readOrds(SortedSetDocValues field, int doc, boolean isRequired) throws IOException {
            if (!field.advanceExact(doc)) {
                return 0;
            }
            int n = field.docValueCount();
            long[] buffer = isRequired ? requiredOrds : niceOrds;
            if (buffer.length < n) {
                buffer = new long[n];
                if (isRequired) {
                    requiredOrds = buffer;
                } else {
                    niceOrds = buffer;
                }
            }
            for (int i = 0; i < n; i++) {
                buffer[i] = field.nextOrd();
            }
            return n;
        }

        private double score(int doc) throws IOException {
            Arrays.fill(values, 0);
            occupationOrd = occupations.advanceExact(doc) ? occupations.ordValue() : -1;
            relation = OccupationRelation.NONE.ordinal();
            if (relations != null && occupationOrd >= 0) {
                relation = relations.relationOf(occupationOrd);
                values[Feature.OCCUPATION.ordinal()] = OccupationRelation.of(relation).level(plan.policy);
            }
            niceCount = readOrds(nice, doc, false);
            double heldWeight = 0;
            double totalWeight = 0;
            for (int i = 0; i < requiredCount; i++) {
                double weight = rarity(required, requiredRarity, requiredOrds[i]);
                totalWeight += weight;
                if (heldRequired.get(requiredOrds[i]) >= 0) {
                    heldWeight += weight;
                }
            }
            for (int i = 0; i < niceCount; i++) {
                double weight = plan.policy.niceToHaveSkillWeight() * rarity(nice, niceRarity, niceOrds[i]);
                totalWeight += weight;
                if (heldNice.get(niceOrds[i]) >= 0) {
                    heldWeight += weight;
                }
            }
            values[Feature.SKILLS.ordinal()] = totalWeight > 0 ? heldWeight / totalWeight : NO_SKILLS_VALUE;
            int experienceIndex = occupationOrd >= 0 ? monthsByOrd.get(occupationOrd) : -1;
            months = experienceIndex >= 0 ? plan.experienceMonths.get(experienced.get(experienceIndex)) : 0;
            values[Feature.EXPERIENCE.ordinal()] = FeatureValues.experience(months, plan.policy);
            values[Feature.DISTANCE.ordinal()] = FeatureValues.distance(distance, plan.policy);
            diplomaRequired = diplomas.advanceExact(doc) ? (int) diplomas.longValue() : 0;
            values[Feature.DIPLOMA.ordinal()] = FeatureValues.diploma(plan.diplomaLevel, diplomaRequired, plan.policy);
            values[Feature.PRIORITY_PUBLIC.ordinal()] = clause ? 1 : 0;
            textValue = 0;
            values[Feature.TEXT.ordinal()] = 0;
            double withoutText = plan.weights.score(values, contributions);
            if (text == null || !top.mayAccept(withoutText + plan.weights.of(Feature.TEXT) + BOUND_MARGIN)) {
                return withoutText; // the text cannot lift this vacancy into the top hits: not computed
            }
            textValue = plan.text.value(text.score(doc));
            values[Feature.TEXT.ordinal()] = textValue;
            return plan.weights.score(values, contributions);
        }

        private double rarity(SortedSetDocValues field, double[] cache, long ord) throws IOException {
            double weight = cache[(int) ord];
            if (Double.isNaN(weight)) {
                weight = plan.rarity.applyAsDouble(field.lookupOrd(ord).utf8ToString());
                cache[(int) ord] = weight;
            }
            return weight;
        }

        private HitData capture(String id, double score) throws IOException {
            String occupation = occupationOrd >= 0 ? occupations.lookupOrd(occupationOrd).utf8ToString() : null;
            List<String> matched = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            int mustMatched = 0;
            int niceMatched = 0;
            for (int i = 0; i < requiredCount; i++) {
                String code = required.lookupOrd(requiredOrds[i]).utf8ToString();
                if (heldRequired.get(requiredOrds[i]) >= 0) {
                    matched.add(code);
                    mustMatched++;
                } else {
                    missing.add(code);
                }
            }
            for (int i = 0; i < niceCount; i++) {
                if (heldNice.get(niceOrds[i]) >= 0) {
                    matched.add(nice.lookupOrd(niceOrds[i]).utf8ToString());
                    niceMatched++;
                }
            }
            HitData.SkillMatch skills = new HitData.SkillMatch(List.copyOf(matched), List.copyOf(missing),
                    mustMatched, requiredCount, niceMatched, niceCount);
            ContractType contract = ContractType.valueOf(contracts.lookupOrd(contractOrd).utf8ToString());
            EmployerKind kind = EmployerKind.valueOf(kinds.lookupOrd(kindOrd).utf8ToString());
            List<String> eligibility = Explainer.eligibilityLines(ProgrammeNeeds.of(contract, kind, clause),
                    plan.eligibility);
            return new HitData(id, score, values.clone(), contributions.clone(), distance,
                    OccupationRelation.of(relation), occupation, occupation, months, skills, plan.diplomaLevel,
                    diplomaRequired, plan.priorityPublics, -1, textValue, () -> eligibility);
        }

        private void raiseMinimum() throws IOException {
            if (plan.exactCounts || !top.isFull()) {
                return;
            }
            float minimum = (float) (top.threshold() - plan.boundSlack - 2 * BOUND_MARGIN);
            if (minimum > 0 && minimum > minCompetitive) {
                minCompetitive = minimum;
                scorer.setMinCompetitiveScore(minimum);
            }
        }

        @Override
        public void finish() throws IOException {
            if (contractCounts != null) {
                facets.fold(Facets.CONTRACT_TYPE, contracts, contractCounts);
                facets.fold(Facets.EMPLOYER_KIND, kinds, kindCounts);
                facets.add(Facets.INSERTION_CLAUSE, "false", clauseCounts[0]);
                facets.add(Facets.INSERTION_CLAUSE, "true", clauseCounts[1]);
            }
        }
    }

    private static double[] unknown(long size) {
        double[] values = new double[(int) size];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
