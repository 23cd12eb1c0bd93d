package fr.tremplin.core.evaluation;

import fr.tremplin.core.prospect.Prospect;
import fr.tremplin.core.prospect.ProspectCompany;
import fr.tremplin.core.prospect.ProspectFinder;
import fr.tremplin.core.prospect.ProspectQuery;
import fr.tremplin.core.referential.CsvReader;
import fr.tremplin.core.referential.CsvRow;
import fr.tremplin.core.referential.Referential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Relevance of the hidden market (« Entreprises à démarcher ») on its judged set
 * ({@code evaluation/prospects/}: queries.csv, companies.csv — a pool of companies per query, each graded 0–3 by
 * the adviser rules of docs/adviser-intelligence.md). Prints, per query and on average: nDCG@10, recall@10 of the
 * companies graded 2 or 3, and the blocked companies returned (an open vacancy in the occupation, or beyond the
 * radius) — which must be 0.
 */
public final class ProspectEvaluation {
    public static final String DIRECTORY = "evaluation/prospects/";
    public static final String QUERIES = DIRECTORY + "queries.csv";
    public static final String COMPANIES = DIRECTORY + "companies.csv";
    /** Rules whose companies must never be proposed. */
    public static final Set<String> BLOCKING_RULES = Set.of("open vacancy in the occupation", "outside the radius");

    /** One query's result. */
    public record Result(String queryId, String description, int companies, int relevant, double ndcg10,
                         double recall10, int blockedReturned) {}

    /** The means over the queries. */
    public record Report(List<Result> results, double ndcg10, double recall10, int blockedReturned, int judgments) {
        public String toTable() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%nProspects (entreprises à démarcher): %d queries, %d judged companies%n%n", results.size(),
                    judgments));
            out.append(String.format(Locale.ROOT, "%-6s %-44s %5s %4s %8s %9s %7s%n", "query", "person", "pool", "rel",
                    "nDCG@10", "recall@10", "blocked"));
            for (Result r : results) {
                out.append(String.format(Locale.ROOT, "%-6s %-44s %5d %4d %8.3f %9.3f %7d%n", r.queryId(),
                        r.description().length() > 44 ? r.description().substring(0, 43) + "…" : r.description(),
                        r.companies(), r.relevant(), r.ndcg10(), r.recall10(), r.blockedReturned()));
            }
            out.append(String.format(Locale.ROOT, "%nprospects: mean nDCG@10 = %.4f   mean recall@10 (grade ≥ 2) = %.4f"
                    + "   blocked companies returned = %d%n", ndcg10, recall10, blockedReturned));
            return out.toString();
        }
    }

    private ProspectEvaluation() {
    }

    /** Runs the shipped set through a finder on this referential. */
    public static Report run(Referential referential) {
        ProspectFinder finder = new ProspectFinder(referential);
        Map<String, List<CsvRow>> pools = new LinkedHashMap<>();
        for (CsvRow row : CsvReader.readResource(COMPANIES).requireColumns("query_id", "company_id", "naf", "commune",
                "open_vacancy", "grade", "rule").rows()) {
            pools.computeIfAbsent(row.require("query_id"), q -> new ArrayList<>()).add(row);
        }
        List<Result> results = new ArrayList<>();
        int judgments = 0;
        for (CsvRow query : CsvReader.readResource(QUERIES).requireColumns("query_id", "occupations", "commune",
                "radius_km", "description").rows()) {
            List<CsvRow> pool = pools.getOrDefault(query.require("query_id"), List.of());
            judgments += pool.size();
            results.add(evaluate(finder, query, pool));
        }
        return new Report(results, results.stream().mapToDouble(Result::ndcg10).average().orElse(0),
                results.stream().mapToDouble(Result::recall10).average().orElse(0),
                results.stream().mapToInt(Result::blockedReturned).sum(), judgments);
    }

    private static Result evaluate(ProspectFinder finder, CsvRow query, List<CsvRow> pool) {
        List<ProspectCompany> companies = new ArrayList<>();
        Set<String> withOpenVacancy = new HashSet<>();
        Map<String, Integer> grades = new HashMap<>();
        Set<String> blocked = new HashSet<>();
        for (CsvRow row : pool) {
            String id = row.require("company_id");
            companies.add(new ProspectCompany(id, "Entreprise " + id, "00000000000000", row.require("naf"),
                    row.require("commune")));
            if (Boolean.parseBoolean(row.require("open_vacancy"))) {
                withOpenVacancy.add(id);
            }
            grades.put(id, row.getInt("grade"));
            if (BLOCKING_RULES.contains(row.require("rule"))) {
                blocked.add(id);
            }
        }
        ProspectQuery prospectQuery = new ProspectQuery(query.require("commune"), query.getInt("radius_km"),
                Arrays.asList(query.require("occupations").split(" ")), withOpenVacancy);
        List<String> ranked = finder.find(prospectQuery, companies, companies.size()).stream()
                .map(Prospect::company).map(ProspectCompany::id).toList();
        int relevant = (int) grades.values().stream().filter(g -> g >= 2).count();
        return new Result(query.require("query_id"), query.require("description"), pool.size(), relevant,
                Metrics.ndcgAt(10, ranked, grades), Metrics.recallAt(10, ranked, grades, 2),
                (int) ranked.stream().filter(blocked::contains).count());
    }
}
