package fr.tremplin.bench;

import fr.tremplin.bench.sql.SqlBaseline;
import fr.tremplin.bench.sql.SqlHit;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.ranking.CandidateHit;
import fr.tremplin.core.ranking.CandidateQuery;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.PageRequest;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.mapping.IndexDocuments;
import io.micronaut.context.ApplicationContext;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The same vacancies ranked by Lucene (in-process, top 10, exact total) and by the SQL baseline on the same
 * MariaDB data, one after the other, with the speed-up of the medians and how often both agree on the top 10.
 */
final class SqlComparison {

    static final int TOP = 10;
    private static final int WARMUP = 5;

    /**
     * @param setupSeconds  building the baseline's join tables and indexes (once, not part of the latencies)
     * @param vacancies     vacancies ranked both ways
     * @param sql           SQL latency
     * @param lucene        Lucene latency on the same vacancies
     * @param speedUp       SQL p50 / Lucene p50
     * @param sameTop10     share of vacancies where both top 10 hold the same people (order aside)
     * @param meanOverlap   mean share of the Lucene top 10 also in the SQL top 10
     */
    record Result(long people, double setupSeconds, int vacancies, Latency sql, Latency lucene, double speedUp,
                  double sameTop10, double meanOverlap) {
    }

    private final ApplicationContext context;
    private final Ranking ranking;
    private final IndexService index;
    private final PrintStream out;

    SqlComparison(ApplicationContext context, Ranking ranking, IndexService index, PrintStream out) {
        this.context = context;
        this.ranking = ranking;
        this.index = index;
        this.out = out;
    }

    Result run(List<VacancyIndexView> views, int max, Duration budget) {
        SqlBaseline baseline = new SqlBaseline(context.getBean(DataSource.class), context.getBean(Referential.class),
                context.getBean(MatchPolicy.class), context.getBean(IndexDocuments.class), context.getBean(Clock.class));
        out.println("SQL baseline: building its join tables and indexes from the job_seeker rows…");
        long t0 = System.nanoTime();
        var setup = baseline.prepare(done -> { });
        double setupSeconds = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < Math.min(WARMUP, views.size()); i++) {
            baseline.candidates(views.get(i), TOP);
            lucene(views.get(i));
        }
        int n = Math.min(max, views.size());
        long[] sqlNanos = new long[n];
        long[] luceneNanos = new long[n];
        int done = 0;
        int same = 0;
        double overlap = 0;
        long deadline = System.nanoTime() + budget.toNanos();
        while (done < n && System.nanoTime() < deadline) {
            VacancyIndexView v = views.get(done);
            long s = System.nanoTime();
            List<SqlHit> sqlHits = baseline.candidates(v, TOP);
            sqlNanos[done] = System.nanoTime() - s;
            s = System.nanoTime();
            List<CandidateHit> luceneHits = lucene(v);
            luceneNanos[done] = System.nanoTime() - s;
            Set<String> sqlIds = new HashSet<>();
            sqlHits.forEach(h -> sqlIds.add(h.seekerId()));
            Set<String> luceneIds = new HashSet<>();
            luceneHits.forEach(h -> luceneIds.add(h.seekerId()));
            same += sqlIds.equals(luceneIds) ? 1 : 0;
            int common = 0;
            for (String id : luceneIds) {
                common += sqlIds.contains(id) ? 1 : 0;
            }
            overlap += luceneIds.isEmpty() ? (sqlIds.isEmpty() ? 1 : 0) : (double) common / luceneIds.size();
            done++;
        }
        if (done == 0) {
            throw new IllegalStateException("The SQL baseline ranked no vacancy within " + budget.toSeconds() + " s");
        }
        Latency sql = Latency.of(java.util.Arrays.copyOf(sqlNanos, done));
        Latency lucene = Latency.of(java.util.Arrays.copyOf(luceneNanos, done));
        return new Result(setup.people(), setupSeconds, done, sql, lucene, sql.p50() / lucene.p50(),
                (double) same / done, overlap / done);
    }

    private List<CandidateHit> lucene(VacancyIndexView v) {
        return index.withSeekerSearcher(searcher -> ranking.candidates(searcher,
                new CandidateQuery(v, false, null, PageRequest.of(0, TOP)))).hits();
    }
}
