package fr.tremplin.bench.sql;

import fr.tremplin.bench.sql.CandidatePlan.WeightedSkill;
import fr.tremplin.bench.sql.CandidateStatement.Drive;
import fr.tremplin.core.ranking.OccupationRelation;
import fr.tremplin.core.ranking.RankingRules;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.ranking.Feature;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.indexer.mapping.IndexDocuments;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The SQL baseline of the benchmark: what a competent team without a search engine would write to rank the people
 * for a vacancy on the same MariaDB data, to compare with the Lucene ranking ({@code Ranking#candidates}).
 *
 * <h2>Data</h2>
 * {@link #prepare} derives normalised, indexed tables from {@code job_seeker} (whose lists are comma-separated
 * strings), as an application would maintain them next to its system of record; each row goes through
 * {@code IndexDocuments#seekerView}, so the derived facts are exactly those of the Lucene index (programmes from the
 * eligibility rules, the day since which the person waits, the commune centre as home, months of experience), and
 * a row the indexer would reject is skipped. Schema: {@link #schemaSql()}. The indexes and why:
 * <ul>
 *   <li>{@code bench_sql_occupation (rome, person_id)} and {@code bench_sql_skill (skill, person_id)}: the people
 *       sharing an occupation or a specific skill with the vacancy are a few covering range scans;</li>
 *   <li>the primary keys {@code (person_id, rome, kind)}, {@code (person_id, skill)}, {@code (person_id, licence)}
 *       of the join tables: one person's rows are one clustered range, read by the {@code EXISTS} filters and the
 *       scoring;</li>
 *   <li>a SPATIAL (R-tree) index on {@code bench_sql_person.pt}, the home as {@code POINT(lon, lat)} in planar
 *       degrees: the bounding box of the farthest reach (the largest radius anyone has, within the employer's
 *       limit if it sets one) is a two-dimensional range ({@code MBRContains}) that reads only the box, and the
 *       optimizer's estimate of the people in it is two-dimensional too (the choice of the start below relies on
 *       it). A B-tree on (lat, lon) was tried first: it reads the whole latitude band, and its estimate is the
 *       band's (600,000 for a box of 30,000 on people spread over France). The exact distance stays an explicit
 *       haversine on the lat/lon columns with Lucene's Earth radius, after the box and each person's own flat-earth
 *       box (the cheap pre-check of the Lucene collector);</li>
 *   <li>{@code bench_sql_person (radius_km)}: the largest radius, read at each query (MAX from the index).</li>
 * </ul>
 *
 * <h2>Query</h2>
 * One statement ({@link #candidatesSql()}): the people who are ACTIVE and consenting, available by the start date
 * (or today when passed) plus the grace days, eligible to the programmes the contract needs, inside the bounding
 * box and their own flat-earth box, sharing with the vacancy what {@code SeekerRetrieval} retrieves on (its
 * occupation held as target or experience, a ROME close mobility either way, an evolution mobility towards it, the
 * same professional domain, or a specific skill: one listed by at most {@link MatchPolicy#commonSkillOccupations()}
 * occupations), and holding every required licence (a higher licence satisfying a lower one); then their exact
 * distance within their radius and the employer's limit; then the score, ordered by score descending and id
 * ascending, limited. These are the hard filters of {@code CandidateRanker} without strict mode or unit.
 *
 * <p>The statement starts either from the bounding box (then "shares something" is an {@code EXISTS} probe per
 * person) or from the retrieval (a {@code UNION} of the join-table range scans, then the person rows): on 1,000,000
 * people spread over France the first is several times faster (the retrieval of a services vacancy reads 350,000
 * rows nationwide, the box 30,000), on 280,000 people in one département the second is (the box holds everyone).
 * MariaDB's optimizer cannot switch between two differently written statements (an {@code EXISTS} disjunction is
 * never turned into a semi-join; written as {@code IN} semi-joins, it chose full scans), so {@link #candidates} asks
 * it for its row estimates of the two starts ({@code EXPLAIN}, a fraction of a millisecond) and writes the cheaper
 * one; it also reads the largest radius first. Both starts give the same rows.
 *
 * <h2>Score</h2>
 * The Lucene ranking's formulas and weights, computed in SQL: occupation level by relation (same, close, evolution,
 * professional domain, grand domain), skill coverage weighted by must-have/nice-to-have and rarity (the weights are
 * computed in Java and bound), experience months in the vacancy's occupation, distance decay, diploma, priority
 * public on an insertion clause, time waited. <b>The text feature is left out</b>: BM25 over titles and summary has
 * no counterpart in this SQL, so the weights are rescaled over the other applicable features, exactly as the
 * Lucene ranking does when a vacancy's words appear in no profile. For such a vacancy both give the same people in
 * the same order with the same scores, up to float rounding (about 1e-8: Lucene's quantised coordinates; a tie in
 * one may then be a 1-ulp difference in the other); otherwise the text reorders the Lucene list and the top-10
 * agreement falls below 100 %.
 *
 * <p>The rules of matching-core it needs come from {@link RankingRules} (one copy). Thread-safe;
 * {@link #prepare} must not run concurrently with itself or with queries.
 */
public final class SqlBaseline {

    private final DataSource dataSource;
    private final Referential referential;
    private final MatchPolicy policy;
    private final IndexDocuments documents;
    private final Clock clock;

    public SqlBaseline(DataSource dataSource, Referential referential, MatchPolicy policy, IndexDocuments documents,
                       Clock clock) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(Objects.requireNonNull(dataSource, "dataSource"));
        this.referential = Objects.requireNonNull(referential, "referential");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Drops and (re)creates the baseline's own tables (prefix {@code bench_sql_}), fills them from the job_seeker
     * rows page by page, then creates their secondary indexes.
     *
     * @param progress told the number of job_seeker rows done so far, after each page
     */
    public SetupReport prepare(LongConsumer progress) {
        return new BaselineLoader(dataSource, referential, documents).load(Objects.requireNonNull(progress, "progress"));
    }

    /**
     * The top {@code limit} candidates for the vacancy, best first (score descending, then id ascending): the hard
     * filters of the Lucene ranking (not strict, no unit), its score without the text feature.
     *
     * @throws IllegalArgumentException for a limit below 1, or a vacancy whose occupation or commune the
     *                                  referential does not know
     */
    public List<SqlHit> candidates(VacancyIndexView vacancy, int limit) {
        return candidates(vacancy, limit, null);
    }

    /** {@link #candidates(VacancyIndexView, int)} starting from {@code drive}, or from the cheaper one when null. */
    List<SqlHit> candidates(VacancyIndexView vacancy, int limit, Drive drive) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        List<SqlHit> hits = new ArrayList<>(Math.min(limit, 1_000));
        try (Connection c = dataSource.getConnection()) {
            CandidatePlan plan = CandidatePlan.of(vacancy, referential, policy, LocalDate.now(clock),
                    BaselineTables.maxRadiusKm(c));
            BoundSql sql = CandidateStatement.of(plan, policy, limit, drive != null ? drive : DriveChoice.of(c, plan));
            try (PreparedStatement s = c.prepareStatement(sql.text())) {
                sql.bind(s);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new SqlHit(rs.getString(1), rs.getDouble(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL baseline query for vacancy " + vacancy.id() + " failed: "
                    + e.getMessage(), e);
        }
        return hits;
    }

    /** Drops the baseline's tables (nothing else uses them). */
    public void dropTables() {
        try (Connection c = dataSource.getConnection()) {
            BaselineTables.drop(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the SQL baseline tables: " + e.getMessage(), e);
        }
    }

    /**
     * The SQL text of the candidates query, for the docs: the statement built for an example vacancy (one
     * occupation with two close mobilities and one evolution, one specific and one transversal skill, one required
     * licence satisfied by two codes, a PEC contract under an insertion clause with a minimum diploma). Each list
     * becomes as many {@code ?} as it has values; a clause whose list is empty is left out.
     */
    public static String candidatesSql() {
        MatchPolicy policy = MatchPolicy.defaults();
        Map<OccupationRelation, List<String>> codes = Map.of(OccupationRelation.SAME_TARGET, List.of("F1703"), OccupationRelation.CLOSE, List.of("F1701", "F1702"),
                OccupationRelation.EVOLUTION, List.of("F1704"));
        List<WeightedSkill> skills = List.of(new WeightedSkill("121482", 4.1, true),
                new WeightedSkill("100083", 0.4 * 1.3, false));
        LocalDate today = LocalDate.of(2026, 1, 5);
        CandidatePlan example = new CandidatePlan(47.2184, -1.5536, "F1703", codes, "F17", "F", skills,
                List.of(List.of("C", "CE")), 1, today.plusDays(14), 0, 3, 1, today,
                RankingRules.weights(policy, EnumSet.complementOf(EnumSet.of(Feature.TEXT))), 60);
        return "-- started from the bounding box, when it holds fewer people than the retrieval reads rows\n"
                + CandidateStatement.of(example, policy, 10, Drive.BOX).text()
                + ";\n\n-- started from the retrieval, otherwise (e.g. a dense departement)\n"
                + CandidateStatement.of(example, policy, 10, Drive.RETRIEVAL).text() + ";\n";
    }

    /** The DDL of the baseline's tables, then of their secondary indexes, for the docs. */
    public static List<String> schemaSql() {
        return BaselineTables.ddl();
    }
}
