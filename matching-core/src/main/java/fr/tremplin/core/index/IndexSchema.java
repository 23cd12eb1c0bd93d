package fr.tremplin.core.index;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.seeker.Programme;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

import java.util.Locale;
import java.util.Objects;

/**
 * The one place that names the fields of the job-seeker index and of the vacancy index, and says how each
 * is indexed. {@link SeekerDocuments} and {@link VacancyDocuments} write documents with these names; query
 * builders and the indexer read them from here.
 *
 * <p>Field kinds used below:
 * <ul>
 *   <li><b>keyword</b>: {@code StringField} (exact term, no norms, for term queries and FILTER clauses)
 *       plus doc values (SORTED for single values, SORTED_SET for several), so a collector can check a hard
 *       filter or compute a ranking contribution from the document without a second query;</li>
 *   <li><b>int</b>: {@code IntPoint} (range queries) plus NUMERIC doc values (sorting, checks); dates are
 *       days since 1970-01-01 ({@code LocalDate.toEpochDay()});</li>
 *   <li><b>flag</b>: keyword "true"/"false" plus NUMERIC doc values 1/0;</li>
 *   <li><b>location</b>: {@code LatLonPoint} (distance and box queries) plus {@code LatLonDocValuesField}
 *       (distance sort, per-document distance checks, see {@link RadiusReach});</li>
 *   <li><b>text</b>: {@code TextField} analysed with {@link Analyzers#FRENCH}, not stored.</li>
 * </ul>
 * Only {@link #ID} is stored: the database is the source of truth and results are turned back into domain
 * objects by id.
 *
 * <p><b>Similarity</b>: {@link #similarity()} is Lucene's BM25 with its defaults (k1 = 1.2, b = 0.75), set
 * explicitly on writer and searcher so the two cannot differ. BM25 only matters for the text fields:
 * keyword, int and flag fields carry no norms and no frequencies, and the ranking wraps them in constant
 * scores with its own weights. On text, BM25's length normalisation favours a short summary or title
 * that names the job over a long one that mentions it in passing, which is what an adviser expects; k1
 * and b stay at the defaults until a judged set (the evaluation module) shows a better pair.
 */
public final class IndexSchema {

    /** Domain id of the seeker or vacancy: keyword, stored; the term of every upsert ({@link #idTerm}). */
    public static final String ID = "id";
    /** Database row version (optimistic lock): long point + NUMERIC doc values + stored; the indexer compares
     *  it with the database in its consistency check. */
    public static final String VERSION = "version";
    /** When the document was written, epoch milliseconds: NUMERIC doc values + stored (diagnostics). */
    public static final String INDEXED_AT = "indexed_at";
    /** Hash of everything else the mapping put in the document ({@link ContentHash}), a long: NUMERIC doc values +
     *  stored. The consistency check recomputes it from the database row through the same mapping and compares. */
    public static final String CONTENT_HASH = "content_hash";

    private IndexSchema() {
    }

    /** The term that identifies a document: {@code writer.updateDocument(idTerm(id), doc)} is an idempotent upsert. */
    public static Term idTerm(String id) {
        return new Term(ID, Objects.requireNonNull(id, "id"));
    }

    /** BM25 with Lucene's defaults, for writer and searcher alike (see the class comment for why). */
    public static Similarity similarity() {
        return new BM25Similarity();
    }

    /** The analyzer of every text field of both indexes ({@link Analyzers#FRENCH}); the caller closes it. */
    public static Analyzer analyzer() {
        return Analyzers.french();
    }

    /** A writer configuration with the schema's analyzer and similarity; the caller sets the rest. */
    public static IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(analyzer()).setSimilarity(similarity());
    }

    /**
     * Merges never write a job-seeker segment larger than this. The index is sorted by place, so a range of documents
     * of one segment is a region: a search split over two threads ({@link ParallelSearcher}) shares whole segments
     * between them, each holding its own share of a vacancy's people, and must cut a segment holding more than half
     * the index into ranges, one of which would hold all of that segment's people near the vacancy. With this cap a
     * million people (about 320 MB) keep at least five segments; without it, merges of ten 25 MB segments (what a
     * rebuild flushes) would in time make one of 250 MB. Between about 200,000 and 400,000 people (the search is
     * split from 200,000) one capped segment may still hold more than half the index: not handled.
     */
    public static final double MAX_SEEKER_SEGMENT_MB = 64;

    /** The same for the job-seeker index, its documents sorted by {@link SpaceOrder}, its segments capped. */
    public static IndexWriterConfig seekerWriterConfig() {
        return writerConfig().setIndexSort(SpaceOrder.SORT).setMergePolicy(seekerMergePolicy());
    }

    /** Lucene's default merge policy with segments of at most {@link #MAX_SEEKER_SEGMENT_MB}. */
    public static TieredMergePolicy seekerMergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setMaxMergedSegmentMB(MAX_SEEKER_SEGMENT_MB);
        return policy;
    }

    /** The job-seeker index: one document per person, whatever the status (filters exclude the others). */
    public static final class Seeker {
        /** Keyword: SeekerStatus name (ACTIVE, PLACED, PAUSED, EXITED). */
        public static final String STATUS = "status";
        /** Keyword, not stored: {@link ErasureKeys#of} of the id, the term by which an erasure deletes the document. */
        public static final String ERASURE_KEY = "erasure_key";
        /** Flag: the person agreed to be proposed to employers. */
        public static final String CONSENT = "consent";
        /** Keyword: INSEE code of the home commune. */
        public static final String COMMUNE = "commune";
        /** Location: home (address if geocoded, else the commune centre). */
        public static final String HOME = "home";
        /** Int: how far the person will travel, in km; with {@link #HOME} it answers "does this reach the workplace". */
        public static final String RADIUS_KM = "radius_km";
        /** Keyword, several, terms only: the map cells within the person's radius of home ({@link ReachCells});
         *  a vacancy retrieves only the people whose cells include its workplace's. */
        public static final String REACH_CELL = "reach_cell";
        /** Long, doc values only: the index's sort key, candidates first and then by home ({@link SpaceOrder}). */
        public static final String SPACE_KEY = "space_key";
        /** Keyword, several: driving licences and certificates (B, C, CE, CACES_R489_3...). */
        public static final String LICENCE = "licence";
        /** Flag: has a vehicle of their own. */
        public static final String HAS_VEHICLE = "has_vehicle";
        /** Keyword, several: ROME codes the person targets. */
        public static final String TARGET_OCCUPATION = "occupation_target";
        /** Keyword, several: ROME codes the person has experience in. */
        public static final String EXPERIENCE_OCCUPATION = "occupation_experience";
        /** Keyword, several: occupations reachable by a ROME "close" mobility from a target or experience
         *  (codes already targeted or experienced are left out). */
        public static final String CLOSE_OCCUPATION = "occupation_close";
        /** Keyword, several: occupations reachable by a ROME "evolution" mobility (codes above left out). */
        public static final String EVOLUTION_OCCUPATION = "occupation_evolution";
        /** Keyword, several: professional domains (F17) of the target and experience occupations. */
        public static final String DOMAIN = "domain";
        /** Keyword, several: grand domains (F) of the target and experience occupations. */
        public static final String GRAND_DOMAIN = "grand_domain";
        /** Keyword, several: ROME skill codes (OGR). */
        public static final String SKILL = "skill";
        /** Keyword, several: priority publics (Public names). */
        public static final String PUBLIC = "public";
        /** Keyword, several: programmes the person is eligible to (Programme names). */
        public static final String PROGRAMME = "programme";
        /** Keyword: the employment unit that follows the person (facets, per-unit views). */
        public static final String EMPLOYMENT_UNIT = "employment_unit";
        /** Keyword: WorkingTime name. */
        public static final String WORKING_TIME = "working_time";
        /** Int: highest diploma level, French nomenclature 3 (CAP) to 8 (doctorate), 0 when none. */
        public static final String DIPLOMA_LEVEL = "diploma_level";
        /** Int: day (epoch day) from which the person can start. */
        public static final String AVAILABLE_FROM = "available_from";
        /** Int: year of birth. */
        public static final String BIRTH_YEAR = "birth_year";
        /** Int, optional: day (epoch day) since which the person has been waiting for a proposal (last proposal
         *  sent to an employer, else entry into the caseload); absent when unknown. Read by the ranking's
         *  "waiting" boost. */
        public static final String WAITING_SINCE = "waiting_since";
        /** Doc values only (SORTED_SET), optional: one value per programme the person is eligible to, with the rule
         *  that grants it, {@code PROGRAMME|RULE_ID|reason in French} (see {@link #eligibilityValue}); read to
         *  explain a match, never searched. */
        public static final String ELIGIBILITY = "eligibility";
        /** Text: the adviser's summary of the person. */
        public static final String SUMMARY = "summary";
        /** Text: labels of the person's job titles and of their target occupations. */
        public static final String TITLES = "titles";
        /** Stored only, optional: the name shown in rankings ("Amina D.": first name and initial), so that
         *  rankings can still be answered from the index while the database is away. Never searched. */
        public static final String DISPLAY_NAME = "display_name";

        private static final String EXPERIENCE_MONTHS_PREFIX = "experience_months.";

        private Seeker() {
        }

        /** The {@link #ELIGIBILITY} doc value of one eligibility: {@code PROGRAMME|RULE_ID|reason}. */
        public static String eligibilityValue(Eligibility eligibility) {
            return eligibility.programme().name() + '|' + eligibility.rule() + '|' + eligibility.reason();
        }

        /** Reads back an {@link #ELIGIBILITY} doc value written by {@link #eligibilityValue}. */
        public static Eligibility parseEligibility(String value) {
            int first = value.indexOf('|');
            int second = first < 0 ? -1 : value.indexOf('|', first + 1);
            if (second < 0) {
                throw new IllegalArgumentException("Not an eligibility doc value (PROGRAMME|RULE|reason): '" + value + "'");
            }
            return new Eligibility(Programme.valueOf(value.substring(0, first)), value.substring(first + 1, second),
                    value.substring(second + 1));
        }

        /** Int, one field per occupation: months of experience in {@code occupationCode}, e.g. experience_months.F1703. */
        public static String experienceMonths(String occupationCode) {
            return EXPERIENCE_MONTHS_PREFIX + occupationCode.toUpperCase(Locale.ROOT);
        }
    }

    /** The vacancy index: one document per vacancy, whatever the status. */
    public static final class Vacancy {
        /** Keyword: VacancyStatus name (OPEN, FILLED, CLOSED). */
        public static final String STATUS = "status";
        /** Keyword: the employer's id. */
        public static final String EMPLOYER_ID = "employer_id";
        /** Keyword: EmployerKind name. */
        public static final String EMPLOYER_KIND = "employer_kind";
        /** Keyword: the ROME code of the vacancy. */
        public static final String OCCUPATION = "occupation";
        /** Keyword, several: occupations from which a ROME "close" mobility leads to {@link #OCCUPATION}. */
        public static final String CLOSE_OCCUPATION = "occupation_close";
        /** Keyword, several: occupations from which a ROME "evolution" mobility leads to {@link #OCCUPATION}
         *  (close ones left out). */
        public static final String EVOLUTION_OCCUPATION = "occupation_evolution";
        /** Keyword: professional domain of the occupation. */
        public static final String DOMAIN = "domain";
        /** Keyword: grand domain of the occupation. */
        public static final String GRAND_DOMAIN = "grand_domain";
        /** Keyword: INSEE code of the workplace commune. */
        public static final String COMMUNE = "commune";
        /** Location: the workplace (address if geocoded, else the commune centre). */
        public static final String WORKPLACE = "workplace";
        /** Keyword: ContractType name. */
        public static final String CONTRACT_TYPE = "contract_type";
        /** Int: weekly hours. */
        public static final String WEEKLY_HOURS = "weekly_hours";
        /** Int: start date (epoch day). */
        public static final String START_DATE = "start_date";
        /** Int: number of positions to fill. */
        public static final String POSITIONS = "positions";
        /** Keyword, several: must-have skill codes. */
        public static final String REQUIRED_SKILL = "skill_required";
        /** Keyword, several: nice-to-have skill codes. */
        public static final String NICE_SKILL = "skill_nice";
        /** Keyword, several: required licences and certificates. */
        public static final String REQUIRED_LICENCE = "licence_required";
        /** Int: minimum diploma level, 0 when none. */
        public static final String MIN_DIPLOMA_LEVEL = "min_diploma_level";
        /** Flag: the vacancy counts toward a public-procurement insertion clause. */
        public static final String INSERTION_CLAUSE = "insertion_clause";
        /** Int: insertion hours the vacancy brings (0 without a clause). */
        public static final String INSERTION_HOURS = "insertion_hours";
        /** Int: the employer's own limit on the distance between a candidate's home and the workplace, in km;
         *  0 when none. */
        public static final String MAX_DISTANCE_KM = "max_distance_km";
        /** Text: the vacancy title. */
        public static final String TITLE = "title";
        /** Text: the vacancy description. */
        public static final String DESCRIPTION = "description";

        private Vacancy() {
        }
    }
}
