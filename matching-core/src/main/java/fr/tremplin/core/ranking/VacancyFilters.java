package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.IndexSchema.Vacancy;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.vacancy.ContractType;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * The hard filters of the vacancy ranking for one person over one segment, from doc values: the one definition
 * that {@link VacancyCollector} (the ranking) and {@link TrainingCounter} (what a training would unlock) share.
 * <ul>
 *   <li>{@link #open}: at least one position; the person available by the start date (or today if past) plus
 *       the grace; eligible to the programmes the contract needs; the workplace within the person's radius and
 *       within the vacancy's own limit. Sets the contract, kind, clause and distance facts;</li>
 *   <li>{@link #licencesHeld}: every required licence held ({@link Licences});</li>
 *   <li>{@link #readRequired} then {@link #holdsRequired}: every must-have skill held (the strict filter).</li>
 * </ul>
 * The status (OPEN) is checked by the collector before these.
 */
final class VacancyFilters {

    private final VacancyPlan.Person person;
    private final long today;
    private final VacancyScoring.Facts facts;
    private final NumericDocValues positions;
    private final SortedNumericDocValues workplaces;
    private final NumericDocValues maxDistances;
    private final SortedSetDocValues licences;
    /** Per licence ord: 0 not looked up yet, 1 held, 2 not held. */
    private final byte[] licenceHeld;
    private final NumericDocValues starts;
    final SortedDocValues contracts;
    final SortedDocValues kinds;
    private final NumericDocValues clauses;
    private final boolean[][][] allowed;
    private final Reach reach;
    final SortedSetDocValues required;
    /** Required-skill ord → index in the person's sorted skills; absent when not held. */
    final OrdTable heldRequired;

    VacancyFilters(VacancyPlan.Person person, long today, LeafReader reader, VacancyScoring.Facts facts)
            throws IOException {
        this.person = person;
        this.today = today;
        this.facts = facts;
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
        this.required = DocValues.getSortedSet(reader, Vacancy.REQUIRED_SKILL);
        this.heldRequired = OrdTable.indexOf(TermLookup.of(required), person.skills());
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

    /**
     * Positions, start date, programmes and distance, cheapest first; leaves the contract, kind, clause and
     * distance facts set when it passes.
     */
    boolean open(int doc) throws IOException {
        if (!positions.advanceExact(doc) || positions.longValue() < 1) {
            return false;
        }
        if (!starts.advanceExact(doc) || Math.max(starts.longValue(), today) < person.availableFrom()) {
            return false;
        }
        if (!contracts.advanceExact(doc) || !kinds.advanceExact(doc)) {
            return false;
        }
        facts.contractOrd = contracts.ordValue();
        facts.kindOrd = kinds.ordValue();
        facts.clause = clauses.advanceExact(doc) && clauses.longValue() == 1;
        if (!allowed[facts.contractOrd][facts.kindOrd][facts.clause ? 1 : 0]) {
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
        return facts.distanceKm <= limit;
    }

    /** Every required licence of the vacancy held. */
    boolean licencesHeld(int doc) throws IOException {
        return missingLicences(doc, null) == 0;
    }

    /**
     * The required licences of the vacancy the person does not hold: how many, and their codes into
     * {@code missing} when not null (null: stops at the first).
     */
    int missingLicences(int doc, Collection<String> missing) throws IOException {
        int count = 0;
        if (licences.advanceExact(doc)) {
            for (int i = 0, n = licences.docValueCount(); i < n; i++) {
                int ord = (int) licences.nextOrd();
                if (licenceHeld[ord] == 0) {
                    String code = licences.lookupOrd(ord).utf8ToString();
                    licenceHeld[ord] = (byte) (Licences.holds(person.licences(), code) ? 1 : 2);
                }
                if (licenceHeld[ord] != 1) {
                    count++;
                    if (missing == null) {
                        return count;
                    }
                    missing.add(licences.lookupOrd(ord).utf8ToString());
                }
            }
        }
        return count;
    }

    /** Reads the vacancy's required skills into the facts (the strict filter and the scoring use them). */
    void readRequired(int doc) throws IOException {
        facts.requiredCount = 0;
        if (required.advanceExact(doc)) {
            facts.requiredCount = required.docValueCount();
            facts.requiredOrds = VacancyScoring.ords(required, facts.requiredOrds);
        }
    }

    /** The strict filter: every required skill read by {@link #readRequired} held. */
    boolean holdsRequired() throws IOException {
        return missingRequired(null) == 0;
    }

    /**
     * The required skills read by {@link #readRequired} that the person lacks: how many, and their codes into
     * {@code missing} when not null (null: stops at the first).
     */
    int missingRequired(Collection<String> missing) throws IOException {
        int count = 0;
        for (int i = 0; i < facts.requiredCount; i++) {
            if (heldRequired.get(facts.requiredOrds[i]) < 0) {
                count++;
                if (missing == null) {
                    return count;
                }
                missing.add(required.lookupOrd(facts.requiredOrds[i]).utf8ToString());
            }
        }
        return count;
    }
}
