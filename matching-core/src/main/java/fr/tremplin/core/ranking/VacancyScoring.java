package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.IndexSchema.Vacancy;
import fr.tremplin.core.vacancy.ContractType;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The feature values of a vacancy for one segment of the vacancy index, from doc values, and the hit made of
 * them when the vacancy enters the top hits. Writes into the segment's {@link Facts}.
 */
final class VacancyScoring {

    /** Skill value of a vacancy that lists no skill: neither a match nor a gap. */
    static final double NO_SKILLS_VALUE = 0.5;

    /** A vacancy's facts, beyond the shared ones: one object per segment, overwritten for each vacancy. */
    static final class Facts extends DocFacts {

        int contractOrd;
        int kindOrd;
        boolean clause;
        /** The ords of the required skills ({@link #requiredCount} of them), then of the nice-to-have ones. */
        long[] requiredOrds = new long[8];
        int requiredCount;
        long[] niceOrds = new long[8];
        int niceCount;
        int occupationOrd;
        int diplomaRequired;
    }

    private final VacancyPlan plan;
    private final MatchPolicy policy;
    private final Facts facts;
    private final SortedDocValues contracts;
    private final SortedDocValues kinds;
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

    /** Reads the contract, kind and required skills through the segment's {@link VacancyFilters}. */
    VacancyScoring(VacancyPlan plan, LeafReader reader, Facts facts, VacancyFilters filters) throws IOException {
        this.plan = plan;
        this.policy = plan.search().policy();
        this.facts = facts;
        this.contracts = filters.contracts;
        this.kinds = filters.kinds;
        this.required = filters.required;
        this.nice = DocValues.getSortedSet(reader, Vacancy.NICE_SKILL);
        this.heldRequired = filters.heldRequired;
        this.heldNice = OrdTable.indexOf(TermLookup.of(nice), plan.person().skills());
        this.requiredRarity = unknown(required.getValueCount());
        this.niceRarity = unknown(nice.getValueCount());
        this.occupations = DocValues.getSorted(reader, Vacancy.OCCUPATION);
        this.relations = plan.occupations() == null ? null
                : OrdRelations.resolve(plan.occupations(), TermLookup.of(occupations), OccupationRelation.SAME_TARGET);
        this.experienced = List.copyOf(plan.person().experienceMonths().keySet());
        this.monthsByOrd = OrdTable.indexOf(TermLookup.of(occupations), experienced);
        this.diplomas = DocValues.getNumeric(reader, Vacancy.MIN_DIPLOMA_LEVEL);
    }

    /** Every feature value but the text's, into the facts (the filters have set distance, clause and skills). */
    void score(int doc) throws IOException {
        double[] values = facts.values;
        facts.occupationOrd = occupations.advanceExact(doc) ? occupations.ordValue() : -1;
        if (relations != null && facts.occupationOrd >= 0) {
            facts.relation = relations.relationOf(facts.occupationOrd);
            values[Feature.OCCUPATION.ordinal()] = OccupationRelation.of(facts.relation).level(policy);
        }
        facts.niceCount = 0;
        if (nice.advanceExact(doc)) {
            facts.niceCount = nice.docValueCount();
            facts.niceOrds = ords(nice, facts.niceOrds);
        }
        values[Feature.SKILLS.ordinal()] = skillCoverage();
        int experienceIndex = facts.occupationOrd >= 0 ? monthsByOrd.get(facts.occupationOrd) : -1;
        facts.experienceMonths = experienceIndex >= 0
                ? plan.person().experienceMonths().get(experienced.get(experienceIndex)) : 0;
        values[Feature.EXPERIENCE.ordinal()] = FeatureValues.experience(facts.experienceMonths, policy);
        values[Feature.DISTANCE.ordinal()] = FeatureValues.distance(facts.distanceKm, policy);
        facts.diplomaRequired = diplomas.advanceExact(doc) ? (int) diplomas.longValue() : 0;
        values[Feature.DIPLOMA.ordinal()] = FeatureValues.diploma(plan.person().diplomaLevel(), facts.diplomaRequired,
                policy);
        values[Feature.PRIORITY_PUBLIC.ordinal()] = facts.clause ? 1 : 0;
    }

    /** The rarity-weighted share of the vacancy's skills the person holds (nice-to-have ones weigh less). */
    private double skillCoverage() throws IOException {
        double heldWeight = 0;
        double totalWeight = 0;
        for (int i = 0; i < facts.requiredCount; i++) {
            double weight = rarity(required, requiredRarity, facts.requiredOrds[i]);
            totalWeight += weight;
            if (heldRequired.get(facts.requiredOrds[i]) >= 0) {
                heldWeight += weight;
            }
        }
        for (int i = 0; i < facts.niceCount; i++) {
            double weight = policy.niceToHaveSkillWeight() * rarity(nice, niceRarity, facts.niceOrds[i]);
            totalWeight += weight;
            if (heldNice.get(facts.niceOrds[i]) >= 0) {
                heldWeight += weight;
            }
        }
        return totalWeight > 0 ? heldWeight / totalWeight : NO_SKILLS_VALUE;
    }

    private double rarity(SortedSetDocValues field, double[] cache, long ord) throws IOException {
        double weight = cache[(int) ord];
        if (Double.isNaN(weight)) {
            weight = plan.rarity().applyAsDouble(field.lookupOrd(ord).utf8ToString());
            cache[(int) ord] = weight;
        }
        return weight;
    }

    /** The hit of the vacancy whose facts were just scored. */
    HitData capture(HitId id, double score) throws IOException {
        String occupation = facts.occupationOrd >= 0 ? occupations.lookupOrd(facts.occupationOrd).utf8ToString() : null;
        ContractType contract = ContractType.valueOf(contracts.lookupOrd(facts.contractOrd).utf8ToString());
        EmployerKind kind = EmployerKind.valueOf(kinds.lookupOrd(facts.kindOrd).utf8ToString());
        List<String> eligibility = Explainer.eligibilityLines(ProgrammeNeeds.of(contract, kind, facts.clause),
                plan.person().eligibility());
        HitData.SkillMatch skills = skills();
        return new HitData(id, score, facts.values.clone(), facts.contributions.clone(), facts.distanceKm,
                OccupationRelation.of(facts.relation), () -> occupation, occupation, facts.experienceMonths,
                () -> skills,
                plan.person().diplomaLevel(), facts.diplomaRequired, plan.person().priorityPublics(), -1,
                facts.textValue, () -> eligibility);
    }

    private HitData.SkillMatch skills() throws IOException {
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int mustMatched = 0;
        int niceMatched = 0;
        for (int i = 0; i < facts.requiredCount; i++) {
            String code = required.lookupOrd(facts.requiredOrds[i]).utf8ToString();
            if (heldRequired.get(facts.requiredOrds[i]) >= 0) {
                matched.add(code);
                mustMatched++;
            } else {
                missing.add(code);
            }
        }
        for (int i = 0; i < facts.niceCount; i++) {
            if (heldNice.get(facts.niceOrds[i]) >= 0) {
                matched.add(nice.lookupOrd(facts.niceOrds[i]).utf8ToString());
                niceMatched++;
            }
        }
        return new HitData.SkillMatch(List.copyOf(matched), List.copyOf(missing), mustMatched, facts.requiredCount,
                niceMatched, facts.niceCount);
    }

    /** The current document's ords of a multi-valued field, in the buffer if it is large enough. */
    static long[] ords(SortedSetDocValues field, long[] buffer) throws IOException {
        int n = field.docValueCount();
        long[] ords = buffer.length < n ? new long[n] : buffer;
        for (int i = 0; i < n; i++) {
            ords[i] = field.nextOrd();
        }
        return ords;
    }

    private static double[] unknown(long size) {
        double[] values = new double[(int) size];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
