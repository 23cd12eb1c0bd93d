package fr.tremplin.core.ranking;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.index.IndexSchema;
import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link SeekerPlan} over the documents its retrieval query delivers: every hard filter is checked
 * from doc values (status, consent, distance and radius, licences, availability, programmes, publics, strict
 * skills, unit), the survivors are counted and faceted, and those that can still reach the top hits get
 * their feature values computed from doc values and kept with their explanation facts. The retrieval score
 * plus {@link SeekerPlan#boundSlack} bounds the final score, which lets the collector skip the exact scoring
 * of hopeless documents (and, without exact counts, lets Lucene skip them altogether).
 */
final class SeekerCollector implements Collector {

    private static final BytesRef ACTIVE = new BytesRef(SeekerStatus.ACTIVE.name());
    /** Margin between the float retrieval score and the double feature sums. */
    private static final double BOUND_MARGIN = 1e-4;
    private static final Feature[] FEATURES = Feature.values();

    private final SeekerPlan plan;
    private final TopHits top;
    private final FacetCounts facets = new FacetCounts();
    private long total;

    private SeekerCollector(SeekerPlan plan) {
        this.plan = plan;
        this.top = new TopHits(plan.depth);
        facets.declare(Facets.EMPLOYMENT_UNIT);
        facets.declare(Facets.PUBLICS);
        if (plan.origin != null) {
            facets.declare(Facets.DISTANCE);
        }
        facets.declare(Facets.PROGRAMMES);
    }

    /** One collector per search slice; {@code reduce} merges their hits, totals and facets. */
    static CollectorManager<SeekerCollector, SeekerCollector> manager(SeekerPlan plan) {
        return new CollectorManager<>() {
            @Override
            public SeekerCollector newCollector() {
                return new SeekerCollector(plan);
            }

            @Override
            public SeekerCollector reduce(Collection<SeekerCollector> collectors) {
                SeekerCollector merged = new SeekerCollector(plan);
                for (SeekerCollector collector : collectors) {
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
        return plan.exactCounts ? facets.toFacets(plan.origin == null ? null : Facets.DISTANCE) : Facets.none();
    }

    @Override
    public ScoreMode scoreMode() {
        return plan.exactCounts ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues status = DocValues.getSorted(context.reader(), Seeker.STATUS);
        int active = status.lookupTerm(ACTIVE);
        if (active < 0) {
            throw new CollectionTerminatedException();
        }
        return new Leaf(context, status, active);
    }

    private final class Leaf implements LeafCollector {

        private final SortedDocValues status;
        private final int activeOrd;
        private final NumericDocValues consent;
        private final SortedNumericDocValues homes;
        private final NumericDocValues radii;
        private final SortedSetDocValues licences;
        private final OrdTable licenceMasks;
        private final int allLicences;
        private final NumericDocValues available;
        private final SortedSetDocValues programmes;
        private final int[] programmeBits;
        private final int requiredProgrammes;
        private final SortedSetDocValues publics;
        private final int[] publicBits;
        private final int anyPublicMask;
        private final int priorityMask;
        private final SortedDocValues units;
        private final int unitOrd;
        private final int[] unitCounts;
        private final SortedSetDocValues skillValues;
        private final OrdTable skillIndex;
        private final boolean[] held;
        private final SortedSetDocValues targets;
        private final SortedSetDocValues experiences;
        private final OrdRelations targetRelations;
        private final OrdRelations experienceRelations;
        private final NumericDocValues[] experienceMonths;
        private final NumericDocValues diplomas;
        private final NumericDocValues waiting;
        private final SortedSetDocValues eligibility;
        private final SortedDocValues ids;
        private final TextRelevance.Leaf text;
        private final Reach reach;
        private final double textWeight;
        private final long[] publicCounts = new long[Public.values().length];
        private final long[] programmeCounts = new long[Programme.values().length];
        private final long[] bandCounts = new long[FacetCounts.BANDS];
        private final long today;
        private final double[] values = new double[FEATURES.length];
        private final double[] contributions = new double[FEATURES.length];
        private Scorable scorer;
        private float minCompetitive;

        // per-document facts, set while checking and scoring
        private int publicMask;
        private int programmeMask;
        private double distance;
        private int relation;
        private long relationOrd;
        private boolean relationFromTarget;
        private int experienceIndex;
        private int months;
        private int diploma;
        private int waitedDays;
        private double textValue;

        Leaf(LeafReaderContext context, SortedDocValues status, int activeOrd) throws IOException {
            LeafReader reader = context.reader();
            this.status = status;
            this.activeOrd = activeOrd;
            this.consent = DocValues.getNumeric(reader, Seeker.CONSENT);
            this.homes = DocValues.getSortedNumeric(reader, Seeker.HOME);
            this.radii = DocValues.getNumeric(reader, Seeker.RADIUS_KM);
            this.reach = plan.origin == null ? null : new Reach(plan.origin.lat(), plan.origin.lon());

            this.licences = DocValues.getSortedSet(reader, Seeker.LICENCE);
            List<String> licenceCodes = new ArrayList<>();
            List<Integer> licenceBits = new ArrayList<>();
            for (int i = 0; i < plan.licences.size(); i++) {
                for (String code : plan.licences.get(i)) {
                    licenceCodes.add(code);
                    licenceBits.add(1 << i);
                }
            }
            this.licenceMasks = OrdTable.masks(TermLookup.of(licences), licenceCodes,
                    licenceBits.stream().mapToInt(Integer::intValue).toArray());
            this.allLicences = plan.licences.isEmpty() ? 0 : (1 << plan.licences.size()) - 1;
            this.available = DocValues.getNumeric(reader, Seeker.AVAILABLE_FROM);

            this.programmes = DocValues.getSortedSet(reader, Seeker.PROGRAMME);
            this.programmeBits = enumBits(programmes, Programme.class);
            this.requiredProgrammes = mask(plan.programmes) | mask(plan.programmeFilter);
            this.publics = DocValues.getSortedSet(reader, Seeker.PUBLIC);
            this.publicBits = enumBits(publics, Public.class);
            this.anyPublicMask = mask(plan.anyPublic);
            this.priorityMask = mask(plan.priorityPublics);

            this.units = DocValues.getSorted(reader, Seeker.EMPLOYMENT_UNIT);
            this.unitOrd = plan.unit == null ? -2 : Math.max(-1, units.lookupTerm(new BytesRef(plan.unit)));
            this.unitCounts = plan.exactCounts ? new int[units.getValueCount()] : null;

            this.skillValues = DocValues.getSortedSet(reader, Seeker.SKILL);
            this.skillIndex = plan.skills == null ? OrdTable.EMPTY
                    : OrdTable.indexOf(TermLookup.of(skillValues), plan.skills.codes());
            this.held = new boolean[plan.skills == null ? 0 : plan.skills.size()];

            this.targets = DocValues.getSortedSet(reader, Seeker.TARGET_OCCUPATION);
            this.experiences = DocValues.getSortedSet(reader, Seeker.EXPERIENCE_OCCUPATION);
            this.targetRelations = plan.occupations == null ? null : OrdRelations.resolve(plan.occupations,
                    TermLookup.of(targets), OccupationRelation.SAME_TARGET);
            this.experienceRelations = plan.occupations == null ? null : OrdRelations.resolve(plan.occupations,
                    TermLookup.of(experiences), OccupationRelation.SAME_EXPERIENCE);
            this.experienceMonths = new NumericDocValues[plan.experienceOccupations.size()];
            for (int i = 0; i < experienceMonths.length; i++) {
                experienceMonths[i] = DocValues.getNumeric(reader,
                        Seeker.experienceMonths(plan.experienceOccupations.get(i)));
            }
            this.diplomas = DocValues.getNumeric(reader, Seeker.DIPLOMA_LEVEL);
            this.waiting = DocValues.getNumeric(reader, Seeker.WAITING_SINCE);
            this.eligibility = DocValues.getSortedSet(reader, Seeker.ELIGIBILITY);
            this.ids = DocValues.getSorted(reader, IndexSchema.ID);
            this.text = plan.text == null ? null : plan.text.leaf(context);
            this.textWeight = plan.weights.of(Feature.TEXT);
            this.today = plan.today.toEpochDay();
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
            if (unitCounts != null || unitOrd != -2) {
                int unit = units.advanceExact(doc) ? units.ordValue() : -1;
                if (unitCounts != null && unit >= 0) {
                    unitCounts[unit]++;
                }
                if (unitOrd != -2 && (unitOrd == -1 || unit != unitOrd)) {
                    return;
                }
            }
            total++;
            if (plan.exactCounts) {
                countFacets();
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
            top.offer(capture(doc, id, score));
            raiseMinimum();
        }

        /**
         * Every hard filter but the unit, cheapest first; leaves the distance, publics and programmes of the
         * document set.
         */
        private boolean passesFilters(int doc) throws IOException {
            if (!status.advanceExact(doc) || status.ordValue() != activeOrd) {
                return false;
            }
            if (!consent.advanceExact(doc) || consent.longValue() != 1) {
                return false;
            }
            if (plan.availableBy != Long.MAX_VALUE
                    && (!available.advanceExact(doc) || available.longValue() > plan.availableBy)) {
                return false;
            }
            distance = Double.NaN;
            if (reach != null) {
                double limit = plan.maxDistanceKm;
                if (plan.withinPersonRadius) {
                    if (!radii.advanceExact(doc)) {
                        return false;
                    }
                    limit = Math.min(limit, radii.longValue());
                }
                if (!homes.advanceExact(doc)) {
                    return false;
                }
                distance = reach.distanceKm(homes.nextValue(), limit);
                if (distance > limit) {
                    return false;
                }
                if (plan.distanceBand >= 0 && FacetCounts.band(distance) != plan.distanceBand) {
                    return false;
                }
            }
            if (allLicences != 0 && licenceMask(doc) != allLicences) {
                return false;
            }
            if (requiredProgrammes != 0 || plan.exactCounts) {
                programmeMask = bits(programmes, programmeBits, doc);
                if ((programmeMask & requiredProgrammes) != requiredProgrammes) {
                    return false;
                }
            }
            if (anyPublicMask != 0 || plan.exactCounts || priorityMask != 0) {
                publicMask = bits(publics, publicBits, doc);
                if (anyPublicMask != 0 && (publicMask & anyPublicMask) == 0) {
                    return false;
                }
            }
            if (plan.strict && plan.skills != null) {
                readSkills(doc);
                for (int i = 0; i < plan.skills.mustHaveCount(); i++) {
                    if (!held[i]) {
                        return false;
                    }
                }
            }
            return true;
        }

        private int licenceMask(int doc) throws IOException {
            if (!licences.advanceExact(doc)) {
                return 0;
            }
            int mask = 0;
            for (int i = 0, n = licences.docValueCount(); i < n; i++) {
                int bits = licenceMasks.get(licences.nextOrd());
                if (bits > 0) {
                    mask |= bits;
                }
            }
            return mask;
        }

        private void readSkills(int doc) throws IOException {
            if (held.length == 0) {
                return;
            }
            Arrays.fill(held, false);
            if (skillValues.advanceExact(doc)) {
                for (int i = 0, n = skillValues.docValueCount(); i < n; i++) {
                    int index = skillIndex.get(skillValues.nextOrd());
                    if (index >= 0) {
                        held[index] = true;
                    }
                }
            }
        }

        private void countFacets() {
            for (int i = 0; i < publicCounts.length; i++) {
                publicCounts[i] += (publicMask >>> i) & 1;
            }
            for (int i = 0; i < programmeCounts.length; i++) {
                programmeCounts[i] += (programmeMask >>> i) & 1;
            }
            if (!Double.isNaN(distance)) {
                bandCounts[FacetCounts.band(distance)]++;
            }
        }

        /** The exact score, from doc values; leaves the facts the explanation needs in the fields. */
        private double score(int doc) throws IOException {
            Arrays.fill(values, 0);
            if (plan.occupations != null) {
                relation = OccupationRelation.NONE.ordinal();
                relationOrd = -1;
                bestRelation(targets, targetRelations, doc, true);
                bestRelation(experiences, experienceRelations, doc, false);
                values[Feature.OCCUPATION.ordinal()] = OccupationRelation.of(relation).level(plan.policy);
            }
            if (plan.skills != null) {
                if (!plan.strict) {
                    readSkills(doc);
                }
                double heldWeight = 0;
                for (int i = 0; i < held.length; i++) {
                    if (held[i]) {
                        heldWeight += plan.skills.weight(i);
                    }
                }
                values[Feature.SKILLS.ordinal()] = heldWeight / plan.skills.total();
            }
            months = 0;
            experienceIndex = -1;
            for (int i = 0; i < experienceMonths.length; i++) {
                if (experienceMonths[i].advanceExact(doc) && experienceMonths[i].longValue() > months) {
                    months = (int) experienceMonths[i].longValue();
                    experienceIndex = i;
                }
            }
            values[Feature.EXPERIENCE.ordinal()] = FeatureValues.experience(months, plan.policy);
            if (!Double.isNaN(distance)) {
                values[Feature.DISTANCE.ordinal()] = FeatureValues.distance(distance, plan.policy);
            }
            diploma = diplomas.advanceExact(doc) ? (int) diplomas.longValue() : 0;
            values[Feature.DIPLOMA.ordinal()] = FeatureValues.diploma(diploma, plan.diplomaRequired, plan.policy);
            values[Feature.PRIORITY_PUBLIC.ordinal()] = (publicMask & priorityMask) != 0 ? 1 : 0;
            waitedDays = waiting.advanceExact(doc) ? (int) (today - waiting.longValue()) : -1;
            values[Feature.WAITING.ordinal()] = FeatureValues.waiting(waitedDays, plan.policy);
            textValue = 0;
            values[Feature.TEXT.ordinal()] = 0;
            double withoutText = plan.weights.score(values, contributions);
            if (text == null || !top.mayAccept(withoutText + textWeight + BOUND_MARGIN)) {
                // the text (a disjunction over many terms, the dearest feature) cannot lift this person into
                // the top hits: left uncomputed, the returned score is then below the threshold anyway
                return withoutText;
            }
            textValue = plan.text.value(text.score(doc));
            values[Feature.TEXT.ordinal()] = textValue;
            return plan.weights.score(values, contributions);
        }

        private void bestRelation(SortedSetDocValues field, OrdRelations relations, int doc, boolean isTarget)
                throws IOException {
            if (!field.advanceExact(doc)) {
                return;
            }
            for (int i = 0, n = field.docValueCount(); i < n; i++) {
                long ord = field.nextOrd();
                int r = relations.relationOf(ord);
                if (r < relation) {
                    relation = r;
                    relationOrd = ord;
                    relationFromTarget = isTarget;
                }
            }
        }

        private HitData capture(int doc, String id, double score) throws IOException {
            HitData hit = new HitData();
            hit.id = id;
            hit.score = score;
            hit.values = values.clone();
            hit.contributions = contributions.clone();
            hit.distanceKm = distance;
            if (plan.occupations != null) {
                hit.relation = OccupationRelation.of(relation);
                if (relationOrd >= 0) {
                    hit.relatedCode = (relationFromTarget ? targets : experiences).lookupOrd(relationOrd).utf8ToString();
                }
            }
            if (experienceIndex >= 0) {
                hit.experienceCode = plan.experienceOccupations.get(experienceIndex);
                hit.experienceMonths = months;
            } else if (!plan.experienceOccupations.isEmpty()) {
                hit.experienceCode = plan.experienceOccupations.getFirst();
            }
            if (plan.skills != null) {
                captureSkills(hit);
            }
            hit.diplomaLevel = diploma;
            hit.diplomaRequired = plan.diplomaRequired;
            List<Public> boosted = new ArrayList<>();
            for (Public p : plan.priorityPublics) {
                if ((publicMask & (1 << p.ordinal())) != 0) {
                    boosted.add(p);
                }
            }
            boosted.sort(null);
            hit.priorityPublics = List.copyOf(boosted);
            hit.waitingDays = waitedDays;
            hit.textValue = textValue;
            hit.eligibilityLater = eligibilityOf(doc);
            if (hit.eligibilityLater == null) {
                hit.eligibility = Explainer.eligibilityLines(plan.programmes, List.of());
            }
            return hit;
        }

        private void captureSkills(HitData hit) {
            List<String> matched = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            WeightedSkills skills = plan.skills;
            for (int i = 0; i < skills.size(); i++) {
                if (held[i]) {
                    matched.add(skills.code(i));
                    if (skills.isMustHave(i)) {
                        hit.mustMatched++;
                    } else {
                        hit.niceMatched++;
                    }
                } else if (skills.isMustHave(i)) {
                    missing.add(skills.code(i));
                }
            }
            hit.mustTotal = skills.mustHaveCount();
            hit.niceTotal = skills.size() - skills.mustHaveCount();
            hit.matchedSkills = List.copyOf(matched);
            hit.missingSkills = List.copyOf(missing);
        }

        /**
         * The person's recorded eligibility for the programmes the vacancy needs: the ords are read now (the doc
         * values only move forward), their text is looked up and parsed only if the hit reaches the page.
         */
        private java.util.function.Supplier<List<String>> eligibilityOf(int doc) throws IOException {
            if (plan.programmes.isEmpty() || !eligibility.advanceExact(doc)) {
                return null;
            }
            long[] ords = new long[eligibility.docValueCount()];
            for (int i = 0; i < ords.length; i++) {
                ords[i] = eligibility.nextOrd();
            }
            SortedSetDocValues values = eligibility;
            Set<Programme> needed = plan.programmes;
            return () -> {
                Set<Programme> explained = EnumSet.noneOf(Programme.class);
                List<Eligibility> found = new ArrayList<>();
                try {
                    for (long ord : ords) {
                        Eligibility e = Seeker.parseEligibility(values.lookupOrd(ord).utf8ToString());
                        if (needed.contains(e.programme()) && explained.add(e.programme())) {
                            found.add(e);
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("Cannot read the eligibility of a hit", e);
                }
                return Explainer.eligibilityLines(needed, found);
            };
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
            if (unitCounts != null) {
                facets.fold(Facets.EMPLOYMENT_UNIT, units, unitCounts);
                for (Public p : Public.values()) {
                    facets.add(Facets.PUBLICS, p.name(), publicCounts[p.ordinal()]);
                }
                for (Programme p : Programme.values()) {
                    facets.add(Facets.PROGRAMMES, p.name(), programmeCounts[p.ordinal()]);
                }
                if (reach != null) {
                    facets.addBands(bandCounts);
                }
            }
        }
    }

    /** For each ord of a small enum-valued field, the bit of its constant (0 for an unknown value). */
    static <E extends Enum<E>> int[] enumBits(SortedSetDocValues values, Class<E> type) throws IOException {
        int count = (int) Math.min(values.getValueCount(), 64);
        int[] bits = new int[count];
        for (int ord = 0; ord < count; ord++) {
            String name = values.lookupOrd(ord).utf8ToString();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    bits[ord] = 1 << constant.ordinal();
                }
            }
        }
        return bits;
    }

    static int bits(SortedSetDocValues values, int[] bitsByOrd, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return 0;
        }
        int mask = 0;
        for (int i = 0, n = values.docValueCount(); i < n; i++) {
            long ord = values.nextOrd();
            if (ord < bitsByOrd.length) {
                mask |= bitsByOrd[(int) ord];
            }
        }
        return mask;
    }

    static int mask(Set<? extends Enum<?>> constants) {
        int mask = 0;
        for (Enum<?> constant : constants) {
            mask |= 1 << constant.ordinal();
        }
        return mask;
    }
}
