package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link SeekerPlan} over the documents its retrieval query delivers: every hard filter is checked
 * from the segment's filter columns ({@link SeekerColumns}, copied once from its doc values: status, consent,
 * distance and radius, licences, availability, programmes, publics, unit; the strict skills from doc values),
 * the survivors are counted and faceted, and those that can still reach the top hits get
 * their feature values computed ({@link SeekerScoring}) and kept with their explanation facts.
 */
final class SeekerCollector extends RankingCollector {

    private static final BytesRef ACTIVE = new BytesRef(SeekerStatus.ACTIVE.name());

    private final SeekerPlan plan;

    private SeekerCollector(SeekerPlan plan) {
        super(plan.search(), Seeker.STATUS, ACTIVE, plan.filters().origin() == null
                ? new String[]{Facets.EMPLOYMENT_UNIT, Facets.PUBLICS, Facets.PROGRAMMES}
                : new String[]{Facets.EMPLOYMENT_UNIT, Facets.PUBLICS, Facets.DISTANCE, Facets.PROGRAMMES});
        this.plan = plan;
    }

    static CollectorManager<SeekerCollector, SeekerCollector> manager(SeekerPlan plan) {
        return manager(() -> new SeekerCollector(plan));
    }

    @Override
    String distanceFacet() {
        return plan.filters().origin() == null ? null : Facets.DISTANCE;
    }

    @Override
    Side<?> side(LeafReaderContext context) throws IOException {
        return new Leaf(context.reader());
    }

    /** The filters and facet counts of one segment; the scoring and the capture are {@link SeekerScoring}'s. */
    private final class Leaf extends Side<SeekerScoring.Facts> {

        private final SeekerPlan.Filters filters = plan.filters();
        private final boolean exactCounts = plan.search().exactCounts();
        private final LeafReader reader;
        private SeekerScoring scoring;
        private final SeekerColumns columns;
        private final SortedSetDocValues licences;
        /** With the licence ords as bits in the columns: the bits satisfying each required group. */
        private final long[] licenceGroups;
        /** Otherwise: for each licence ord, the bits of the required groups it satisfies. */
        private final OrdTable licenceMasks;
        private final int allLicences;
        private final int requiredProgrammes;
        private final int anyPublicMask;
        private final int priorityMask;
        private final SortedDocValues units;
        private final int unitOrd;
        private final int[] unitCounts;
        private final Reach reach;
        /** People counted per mask of publics, and per mask of programmes: turned into counts per bit at the end. */
        private final int[] publicMasks = new int[256];
        private final int[] programmeMasks = new int[256];
        private final long[] bandCounts = new long[FacetCounts.BANDS];
        private final double baseSlack = plan.search().boundSlack();
        /** The grand domain's share of the slack (it is scored, not retrieved), which an occupation level makes moot. */
        private final double grandDomainSlack = plan.scoring().occupations() == null ? 0
                : plan.search().weights().of(Feature.OCCUPATION) * plan.search().policy().sameGrandDomainLevel();
        /** The people an occupation level retrieved, when the retrieval was read term at a time; null otherwise. */
        private FixedBitSet occupationRetrieved;
        private final double distanceWeight = plan.search().weights().of(Feature.DISTANCE);
        private final double priorityWeight = plan.search().weights().of(Feature.PRIORITY_PUBLIC);
        private final double diplomaWeight = plan.search().weights().of(Feature.DIPLOMA);
        private final double waitingWeight = plan.search().weights().of(Feature.WAITING);
        private final double experienceWeight = plan.search().weights().of(Feature.EXPERIENCE);
        /**
         * Whether the retrieval's score holds the most the experience can give, for the people with some experience in
         * the plan's occupations (the candidates of a vacancy, a free search over occupations); otherwise the plan's
         * slack holds it and the bound is not tightened.
         */
        private final boolean experienceRetrieved = SeekerRetrieval.scoresExperience(plan.scoring().occupations(),
                plan.scoring().experienceOccupations());
        private final int diplomaRequired = plan.scoring().diplomaRequired();
        private final long today = plan.scoring().today().toEpochDay();
        private final MatchPolicy policy = plan.search().policy();

        Leaf(LeafReader reader) throws IOException {
            super(new SeekerScoring.Facts(plan.scoring()));
            this.reader = reader;
            this.columns = SeekerColumns.of(reader);
            this.scoring = new SeekerScoring(plan, reader, facts, columns);
            this.reach = filters.origin() == null ? null : new Reach(filters.origin().lat(), filters.origin().lon());
            this.licences = DocValues.getSortedSet(reader, Seeker.LICENCE);
            boolean bits = columns.licenceOrds != null;
            this.licenceGroups = bits ? SeekerColumns.licenceGroups(licences, filters.licences()) : null;
            this.licenceMasks = bits ? null : licenceMasks(TermLookup.of(licences), filters.licences());
            this.allLicences = filters.licences().isEmpty() ? 0 : (1 << filters.licences().size()) - 1;
            this.requiredProgrammes = EnumMasks.of(filters.programmes()) | EnumMasks.of(filters.programmeFilter());
            this.anyPublicMask = EnumMasks.of(filters.anyPublic());
            this.priorityMask = EnumMasks.of(plan.scoring().priorityPublics());
            this.units = DocValues.getSorted(reader, Seeker.EMPLOYMENT_UNIT);
            this.unitOrd = filters.unit() == null ? -2
                    : Math.max(-1, units.lookupTerm(new BytesRef(filters.unit())));
            this.unitCounts = exactCounts ? new int[units.getValueCount()] : null;
        }

        /**
         * The plan's slack less what the retrieval, the filters and the columns already tell: the grand domain can
         * give nothing to a person an occupation level retrieved (that level, exactly in the retrieval's score, is at
         * least the same professional domain's, itself at least the grand domain's); the distance feature can give at
         * most its value at the lower bound of the distance, the priority-public boost nothing to a person outside
         * those publics, the diploma and waiting features exactly their value (read from the columns, as the scoring
         * does).
         */
        @Override
        double slack(int doc) {
            double slack = baseSlack;
            if (occupationRetrieved != null && occupationRetrieved.get(doc)) {
                slack -= grandDomainSlack;
            }
            if (reach != null && distanceWeight > 0) {
                double km = facts.distancePending ? facts.lowKm : facts.distanceKm;
                slack -= distanceWeight * (1 - FeatureValues.distanceAtMost(km, policy));
            }
            if (priorityWeight > 0 && (facts.publicMask & priorityMask) == 0) {
                slack -= priorityWeight;
            }
            if (diplomaWeight > 0) {
                slack -= diplomaWeight * (1 - FeatureValues.diploma(columns.diploma[doc], diplomaRequired, policy));
            }
            if (waitingWeight > 0) {
                slack -= waitingWeight * (1 - FeatureValues.waiting(SeekerScoring.waitedDays(columns, doc, today),
                        policy));
            }
            return slack;
        }

        /**
         * The bound less what the experience, read first, falls short of its weight, for a person with some experience
         * in the plan's occupations when the retrieval counted the whole weight for them.
         */
        @Override
        double tighterBound(int doc, double bound) throws IOException {
            if (!experienceRetrieved || experienceWeight == 0) {
                return bound;
            }
            int months = scoring.experienceMonthsOf(doc);
            if (months < 0) {
                return bound; // no experience: the retrieval gave it none
            }
            return bound - experienceWeight * (1 - FeatureValues.experience(months, policy));
        }

        @Override
        void scorerSet(Scorable scorer) throws IOException {
            occupationRetrieved = TermAtATimeRetrieval.maxClauseMatches(scorer);
        }

        /** The filters' facts all come from the columns (random access), so the scoring can wait for the segment's end. */
        @Override
        boolean defers() {
            return true;
        }

        @Override
        void restore(int doc) throws IOException {
            withinReach(doc, columns.flags[doc]);
            facts.programmeMask = columns.programmes[doc] & 0xFF;
            facts.publicMask = columns.publics[doc] & 0xFF;
            if (filters.strict()) {
                scoring.holdsMustHaves(doc); // the must-have skills read again: the scoring uses what it found
            }
        }

        @Override
        void restartScoring() throws IOException {
            scoring = scoring.restarted(reader);
        }

        /** Status and consent, from the columns (one flag). */
        @Override
        boolean live(int doc) {
            return (columns.flags[doc] & SeekerColumns.LIVE) != 0;
        }

        /** Every hard filter but the status, cheapest first; leaves the distance, publics and programmes set. */
        @Override
        boolean passes(int doc) throws IOException {
            byte flags = columns.flags[doc];
            if (filters.availableBy() != Long.MAX_VALUE && ((flags & SeekerColumns.HAS_AVAILABLE) == 0
                    || columns.availableFrom[doc] > filters.availableBy())) {
                return false;
            }
            if (!withinReach(doc, flags)) {
                return false;
            }
            if (allLicences != 0 && !holdsLicences(doc)) {
                return false;
            }
            facts.programmeMask = columns.programmes[doc] & 0xFF;
            if ((facts.programmeMask & requiredProgrammes) != requiredProgrammes) {
                return false;
            }
            facts.publicMask = columns.publics[doc] & 0xFF;
            if (anyPublicMask != 0 && (facts.publicMask & anyPublicMask) == 0) {
                return false;
            }
            if (filters.strict()) {
                scoringReadersMoved();
                if (!scoring.holdsMustHaves(doc)) {
                    return false;
                }
            }
            return inUnit(doc);
        }

        private boolean holdsLicences(int doc) throws IOException {
            return licenceGroups != null ? columns.holdsLicences(doc, licenceGroups)
                    : EnumMasks.ofOrds(licences, licenceMasks, doc) == allLicences;
        }

        /**
         * Within the person's radius and the employer's limit, and in the clicked distance band if any; sets the
         * band. The cheap {@link Reach#approxKm} decides when its error bounds cannot change the answer (nor the
         * band); the exact distance is then computed only if the person is scored.
         */
        private boolean withinReach(int doc, byte flags) {
            facts.distanceKm = Double.NaN;
            facts.distancePending = false;
            facts.band = -1;
            if (reach == null) {
                return true;
            }
            double limit = filters.maxDistanceKm();
            if (filters.withinPersonRadius()) {
                if ((flags & SeekerColumns.HAS_RADIUS) == 0) {
                    return false;
                }
                limit = Math.min(limit, columns.radiusKm[doc]);
            }
            if ((flags & SeekerColumns.HAS_HOME) == 0) {
                return false;
            }
            long home = columns.home[doc];
            double approx = reach.approxKm(home);
            if (!Double.isNaN(approx)) {
                double low = approx * (1 - Reach.APPROX_RELATIVE) - Reach.APPROX_ABSOLUTE_KM;
                double high = approx * (1 + Reach.APPROX_RELATIVE) + Reach.APPROX_ABSOLUTE_KM;
                if (low > limit) {
                    return false;
                }
                int band = FacetCounts.band(Math.max(0, low));
                if (high <= limit && band == FacetCounts.band(high)) {
                    facts.band = band;
                    facts.lowKm = Math.max(0, low);
                    facts.home = home;
                    facts.distancePending = true;
                    return filters.distanceBand() < 0 || band == filters.distanceBand();
                }
            }
            facts.distanceKm = reach.distanceKm(home, limit);
            if (facts.distanceKm > limit) {
                return false;
            }
            facts.band = FacetCounts.band(facts.distanceKm);
            return filters.distanceBand() < 0 || facts.band == filters.distanceBand();
        }

        /** The unit filter, last: the unit facet counts every person that passed the other filters. */
        private boolean inUnit(int doc) {
            if (unitCounts == null && unitOrd == -2) {
                return true;
            }
            int unit = columns.unit[doc];
            if (unitCounts != null && unit >= 0) {
                unitCounts[unit]++;
            }
            return unitOrd == -2 || (unitOrd != -1 && unit == unitOrd);
        }

        @Override
        void count() {
            publicMasks[facts.publicMask]++;
            programmeMasks[facts.programmeMask]++;
            if (facts.band >= 0) {
                bandCounts[facts.band]++;
            }
        }

        @Override
        void scoreFeatures(int doc) throws IOException {
            if (facts.distancePending) {
                facts.distanceKm = reach.distanceKm(facts.home, Double.POSITIVE_INFINITY);
                facts.distancePending = false;
            }
            scoring.score(doc, (facts.publicMask & priorityMask) != 0);
        }

        @Override
        HitData capture(int doc, HitId id, double score) throws IOException {
            return scoring.capture(doc, id, score);
        }

        @Override
        void fold() throws IOException {
            facets.fold(Facets.EMPLOYMENT_UNIT, units, unitCounts);
            long[] publicCounts = EnumMasks.bitCounts(publicMasks, Public.values().length);
            for (Public p : Public.values()) {
                facets.add(Facets.PUBLICS, p.name(), publicCounts[p.ordinal()]);
            }
            long[] programmeCounts = EnumMasks.bitCounts(programmeMasks, Programme.values().length);
            for (Programme p : Programme.values()) {
                facets.add(Facets.PROGRAMMES, p.name(), programmeCounts[p.ordinal()]);
            }
            if (reach != null) {
                facets.addBands(bandCounts);
            }
        }
    }

    /** For each ord of the licence field, the bits of the required licences it satisfies. */
    private static OrdTable licenceMasks(TermLookup lookup, List<java.util.Set<String>> required) throws IOException {
        List<String> codes = new ArrayList<>();
        List<Integer> bits = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            for (String code : required.get(i)) {
                codes.add(code);
                bits.add(1 << i);
            }
        }
        return OrdTable.masks(lookup, codes, bits.stream().mapToInt(Integer::intValue).toArray());
    }
}
