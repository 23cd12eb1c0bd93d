package fr.tremplin.core.ranking;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The feature values of a person for one segment of the job-seeker index, from doc values, and the hit made
 * of them when the person enters the top hits. Writes into the segment's {@link Facts}.
 */
final class SeekerScoring {

    /** A person's facts, beyond the shared ones: one object per segment, overwritten for each person. */
    static final class Facts extends DocFacts {

        int publicMask;
        int programmeMask;
        /** The distance band of the person's home (facets), -1 when no place is involved. */
        int band = -1;
        /** Whether {@link #distanceKm} is still to be computed from {@link #home} (the filters decided without it). */
        boolean distancePending;
        /** While {@link #distancePending}: a lower bound of the distance (for the bound before scoring). */
        double lowKm;
        long home;
        /** The ord (in the target or experience field) of the occupation that gave the relation; -1 for none. */
        long relationOrd;
        boolean relationFromTarget;
        /** Index in the plan's experience occupations of the one that counted; -1 for none. */
        int experienceIndex;
        int diploma;
        int waitedDays;
        /** Whether the person holds each skill of the plan. */
        final boolean[] held;

        Facts(SeekerPlan.Scoring scoring) {
            this.held = new boolean[scoring.skills() == null ? 0 : scoring.skills().size()];
        }
    }

    private final SeekerPlan.Scoring plan;
    private final MatchPolicy policy;
    private final Set<Programme> programmes;
    private final boolean strict;
    private final Facts facts;
    private final Readers readers;
    /** Diploma and waiting date, read from the segment's columns (random access, shared with the filters). */
    private final SeekerColumns columns;
    private final OrdTable skillIndex;
    private final OrdRelations targetRelations;
    private final OrdRelations experienceRelations;
    private final long today;
    /** The experience last read ({@link #readExperience}): for this document, whether any, the most months and where. */
    private int experienceDoc = -1;
    private boolean experienced;
    private int experienceMonths;
    private int experienceIndex;

    /** The doc values the scoring reads, which only move forward: opened together, again for each pass. */
    private record Readers(SortedSetDocValues skills, SortedSetDocValues targets, SortedSetDocValues experiences,
                           NumericDocValues[] experienceMonths, SortedSetDocValues eligibility,
                           SegmentEligibilities eligibilities) {

        static Readers open(LeafReader reader, SeekerPlan.Scoring plan, Set<Programme> programmes) throws IOException {
            NumericDocValues[] months = new NumericDocValues[plan.experienceOccupations().size()];
            for (int i = 0; i < months.length; i++) {
                months[i] = DocValues.getNumeric(reader, Seeker.experienceMonths(plan.experienceOccupations().get(i)));
            }
            SortedSetDocValues eligibility = DocValues.getSortedSet(reader, Seeker.ELIGIBILITY);
            return new Readers(DocValues.getSortedSet(reader, Seeker.SKILL),
                    DocValues.getSortedSet(reader, Seeker.TARGET_OCCUPATION),
                    DocValues.getSortedSet(reader, Seeker.EXPERIENCE_OCCUPATION), months, eligibility,
                    programmes.isEmpty() ? null : SegmentEligibilities.of(reader, eligibility));
        }
    }

    /** @param columns the segment's columns, which the filters read too (diploma, waiting date) */
    SeekerScoring(SeekerPlan seekerPlan, LeafReader reader, Facts facts, SeekerColumns columns) throws IOException {
        this.plan = seekerPlan.scoring();
        this.policy = seekerPlan.search().policy();
        this.programmes = seekerPlan.filters().programmes();
        this.strict = seekerPlan.filters().strict();
        this.facts = facts;
        this.readers = Readers.open(reader, plan, programmes);
        this.columns = columns;
        this.skillIndex = plan.skills() == null ? OrdTable.EMPTY : OrdTable.indexOf(
                SegmentDictionaries.lookup(reader, Seeker.SKILL, readers.skills()), plan.skills().codes());
        this.targetRelations = plan.occupations() == null ? null : OrdRelations.resolve(plan.occupations(),
                SegmentDictionaries.lookup(reader, Seeker.TARGET_OCCUPATION, readers.targets()),
                OccupationRelation.SAME_TARGET);
        this.experienceRelations = plan.occupations() == null ? null : OrdRelations.resolve(plan.occupations(),
                SegmentDictionaries.lookup(reader, Seeker.EXPERIENCE_OCCUPATION, readers.experiences()),
                OccupationRelation.SAME_EXPERIENCE);
        this.today = plan.today().toEpochDay();
    }

    /** The same scoring with its doc values opened again, to read documents from the segment's start once more. */
    private SeekerScoring(SeekerScoring resolved, LeafReader reader) throws IOException {
        this.plan = resolved.plan;
        this.policy = resolved.policy;
        this.programmes = resolved.programmes;
        this.strict = resolved.strict;
        this.facts = resolved.facts;
        this.readers = Readers.open(reader, plan, programmes);
        this.columns = resolved.columns;
        this.skillIndex = resolved.skillIndex;
        this.targetRelations = resolved.targetRelations;
        this.experienceRelations = resolved.experienceRelations;
        this.today = resolved.today;
    }

    /**
     * This scoring with fresh doc values (they only move forward): the ord tables resolved for the plan are kept,
     * the readers start again before the segment's first document.
     */
    SeekerScoring restarted(LeafReader reader) throws IOException {
        return new SeekerScoring(this, reader);
    }

    /** The strict filter: every must-have skill held (true when no skill is asked for). */
    boolean holdsMustHaves(int doc) throws IOException {
        if (plan.skills() == null) {
            return true;
        }
        readSkills(doc);
        for (int i = 0; i < plan.skills().mustHaveCount(); i++) {
            if (!facts.held[i]) {
                return false;
            }
        }
        return true;
    }

    private void readSkills(int doc) throws IOException {
        boolean[] held = facts.held;
        Arrays.fill(held, false);
        if (held.length > 0 && readers.skills().advanceExact(doc)) {
            for (int i = 0, n = readers.skills().docValueCount(); i < n; i++) {
                int index = skillIndex.get(readers.skills().nextOrd());
                if (index >= 0) {
                    held[index] = true;
                }
            }
        }
    }

    /** Every feature value but the text's, into the facts (the filters have set distance and publics). */
    void score(int doc, boolean priorityPublic) throws IOException {
        double[] values = facts.values;
        if (plan.occupations() != null) {
            facts.relationOrd = -1;
            bestRelation(readers.targets(), targetRelations, doc, true);
            bestRelation(readers.experiences(), experienceRelations, doc, false);
            values[Feature.OCCUPATION.ordinal()] = OccupationRelation.of(facts.relation).level(policy);
        }
        if (plan.skills() != null) {
            if (!strict) {
                readSkills(doc);
            }
            double heldWeight = 0;
            for (int i = 0; i < facts.held.length; i++) {
                if (facts.held[i]) {
                    heldWeight += plan.skills().weight(i);
                }
            }
            values[Feature.SKILLS.ordinal()] = heldWeight / plan.skills().total();
        }
        readExperience(doc);
        facts.experienceMonths = experienceMonths;
        facts.experienceIndex = experienceIndex;
        values[Feature.EXPERIENCE.ordinal()] = FeatureValues.experience(facts.experienceMonths, policy);
        if (!Double.isNaN(facts.distanceKm)) {
            values[Feature.DISTANCE.ordinal()] = FeatureValues.distance(facts.distanceKm, policy);
        }
        facts.diploma = columns.diploma[doc];
        values[Feature.DIPLOMA.ordinal()] = FeatureValues.diploma(facts.diploma, plan.diplomaRequired(), policy);
        values[Feature.PRIORITY_PUBLIC.ordinal()] = priorityPublic ? 1 : 0;
        facts.waitedDays = waitedDays(columns, doc, today);
        values[Feature.WAITING.ordinal()] = FeatureValues.waiting(facts.waitedDays, policy);
    }

    /**
     * The most months of experience the person has in the plan's experience occupations, read ahead of the other
     * features (for a tighter bound); -1 when the person has none of those occupations.
     */
    int experienceMonthsOf(int doc) throws IOException {
        readExperience(doc);
        return experienced ? experienceMonths : -1;
    }

    /** Reads the experience of {@code doc}, once (its doc values only move forward). */
    private void readExperience(int doc) throws IOException {
        if (experienceDoc == doc) {
            return;
        }
        experienceDoc = doc;
        experienced = false;
        experienceMonths = 0;
        experienceIndex = -1;
        NumericDocValues[] months = readers.experienceMonths();
        for (int i = 0; i < months.length; i++) {
            if (months[i].advanceExact(doc)) {
                experienced = true;
                if (months[i].longValue() > experienceMonths) {
                    experienceMonths = (int) months[i].longValue();
                    experienceIndex = i;
                }
            }
        }
    }

    /** Days the person has waited without a proposal by {@code today}; -1 when no date is recorded. */
    static int waitedDays(SeekerColumns columns, int doc, long today) {
        int since = columns.waitingSince[doc];
        return since == SeekerColumns.NOT_WAITING ? -1 : (int) (today - since);
    }

    private void bestRelation(SortedSetDocValues field, OrdRelations relations, int doc, boolean isTarget)
            throws IOException {
        if (!field.advanceExact(doc)) {
            return;
        }
        for (int i = 0, n = field.docValueCount(); i < n; i++) {
            long ord = field.nextOrd();
            int r = relations.relationOf(ord);
            if (r < facts.relation) {
                facts.relation = r;
                facts.relationOrd = ord;
                facts.relationFromTarget = isTarget;
            }
        }
    }

    /** The hit of the person whose facts were just scored. */
    HitData capture(int doc, HitId id, double score) throws IOException {
        long relationOrd = plan.occupations() == null ? -1 : facts.relationOrd;
        SortedSetDocValues related = facts.relationFromTarget ? readers.targets() : readers.experiences();
        Supplier<String> relatedCode = relationOrd < 0 ? () -> null
                : Once.of(() -> related.lookupOrd(relationOrd).utf8ToString());
        boolean[] held = facts.held.clone();
        List<String> experienced = plan.experienceOccupations();
        String experienceCode = facts.experienceIndex >= 0 ? experienced.get(facts.experienceIndex)
                : experienced.isEmpty() ? null : experienced.getFirst();
        List<Public> boosted = new ArrayList<>();
        for (Public p : plan.priorityPublics()) {
            if ((facts.publicMask & (1 << p.ordinal())) != 0) {
                boosted.add(p);
            }
        }
        boosted.sort(null);
        return new HitData(id, score, facts.values.clone(), facts.contributions.clone(), facts.distanceKm,
                OccupationRelation.of(facts.relation), relatedCode, experienceCode, facts.experienceMonths,
                Once.of(() -> skills(held)), facts.diploma, plan.diplomaRequired(), List.copyOf(boosted),
                facts.waitedDays, facts.textValue, eligibilityOf(doc));
    }

    private HitData.SkillMatch skills(boolean[] held) {
        WeightedSkills skills = plan.skills();
        if (skills == null) {
            return HitData.SkillMatch.NONE;
        }
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int mustMatched = 0;
        int niceMatched = 0;
        for (int i = 0; i < skills.size(); i++) {
            if (held[i]) {
                matched.add(skills.code(i));
                if (skills.isMustHave(i)) {
                    mustMatched++;
                } else {
                    niceMatched++;
                }
            } else if (skills.isMustHave(i)) {
                missing.add(skills.code(i));
            }
        }
        return new HitData.SkillMatch(List.copyOf(matched), List.copyOf(missing), mustMatched,
                skills.mustHaveCount(), niceMatched, skills.size() - skills.mustHaveCount());
    }

    /**
     * The person's recorded eligibility for the programmes the vacancy needs: the ords are read now (the doc
     * values only move forward), their parsed values ({@link SegmentEligibilities}) are read only if the hit reaches
     * the page.
     */
    private Supplier<List<String>> eligibilityOf(int doc) throws IOException {
        SortedSetDocValues eligibility = readers.eligibility();
        if (programmes.isEmpty() || !eligibility.advanceExact(doc)) {
            List<String> lines = Explainer.eligibilityLines(programmes, List.of());
            return () -> lines;
        }
        long[] ords = new long[eligibility.docValueCount()];
        for (int i = 0; i < ords.length; i++) {
            ords[i] = eligibility.nextOrd();
        }
        SegmentEligibilities values = readers.eligibilities();
        Set<Programme> needed = programmes;
        return () -> {
            Set<Programme> explained = EnumSet.noneOf(Programme.class);
            List<Eligibility> found = new ArrayList<>();
            try {
                for (long ord : ords) {
                    Eligibility e = values.get(ord);
                    if (needed.contains(e.programme()) && explained.add(e.programme())) {
                        found.add(e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the eligibility of a hit", e);
            }
            return Explainer.eligibilityLines(needed, found);
        };
    }
}
