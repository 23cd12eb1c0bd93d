package fr.tremplin.core.evaluation;

import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.NafActivity;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.RomeNafLink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Writes the prospects judged set from the real referential (seed 20261206): for each query (a person's occupations,
 * commune and radius), a pool of companies — one or two per activity that hires the occupation (La Bonne Boîte), in
 * communes within the radius; four of unrelated activities; three of a main activity beyond the radius; three of a
 * main activity with an open vacancy in the occupation — each graded by the adviser rules:
 * <ul>
 *   <li>3: one of the occupation's three main employing activities, within half the radius;</li>
 *   <li>2: a main activity farther out, or an activity making at least 5 % of the occupation's hirings within half
 *       the radius;</li>
 *   <li>1: another activity making at least 1 % of the occupation's hirings;</li>
 *   <li>0: marginal (below 1 %) or unrelated activity, beyond the radius, or an open vacancy in the occupation.</li>
 * </ul>
 * The rules look at the occupation's side (where its hirings happen), the ranking at the activity's side (how much
 * of the activity's hiring the occupation is) and distance: the set measures how far the two views agree.
 */
final class ProspectJudgedSetGenerator {
    static final Path RESOURCE_DIRECTORY = Path.of("src/main/resources/evaluation/prospects");

    private record QuerySpec(String id, List<String> occupations, String commune, int radiusKm) {}

    private static final List<QuerySpec> QUERIES = List.of(
            new QuerySpec("p01", List.of("F1703"), "44003", 25),
            new QuerySpec("p02", List.of("F1703"), "44109", 15),
            new QuerySpec("p03", List.of("F1704"), "44184", 20),
            new QuerySpec("p04", List.of("K2204"), "44109", 10),
            new QuerySpec("p05", List.of("N1103"), "44026", 20),
            new QuerySpec("p06", List.of("G1602"), "44055", 15),
            new QuerySpec("p07", List.of("K1302"), "44036", 25),
            new QuerySpec("p08", List.of("H2913"), "44184", 20),
            new QuerySpec("p09", List.of("A1203"), "44043", 20),
            new QuerySpec("p10", List.of("D1507"), "44143", 10),
            new QuerySpec("p11", List.of("F1602"), "44162", 15),
            new QuerySpec("p12", List.of("F1703", "F1704"), "44020", 20));

    record Row(String query, String company, String naf, String commune, boolean openVacancy, int grade, String rule) {}

    private final Referential referential;

    ProspectJudgedSetGenerator(Referential referential) {
        this.referential = referential;
    }

    String queriesCsv() {
        StringBuilder out = new StringBuilder("query_id,occupations,commune,radius_km,description\n");
        for (QuerySpec q : QUERIES) {
            String labels = q.occupations().stream()
                    .map(code -> code + " " + referential.occupation(code).orElseThrow().label())
                    .collect(Collectors.joining(" + "));
            String description = labels + " à " + referential.commune(q.commune()).orElseThrow().name() + ", "
                    + q.radiusKm() + " km";
            out.append(q.id()).append(',').append(String.join(" ", q.occupations())).append(',').append(q.commune())
                    .append(',').append(q.radiusKm()).append(',').append(quote(description)).append('\n');
        }
        return out.toString();
    }

    String companiesCsv() {
        StringBuilder out = new StringBuilder("query_id,company_id,naf,commune,open_vacancy,grade,rule\n");
        for (Row r : rows()) {
            out.append(r.query()).append(',').append(r.company()).append(',').append(r.naf()).append(',')
                    .append(r.commune()).append(',').append(r.openVacancy()).append(',').append(r.grade()).append(',')
                    .append(quote(r.rule())).append('\n');
        }
        return out.toString();
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (QuerySpec q : QUERIES) {
            SplittableRandom random = new SplittableRandom(20261206L * 31 + q.id().hashCode());
            Commune home = referential.commune(q.commune()).orElseThrow();
            List<Commune> inside = referential.communes().stream().filter(c -> km(home, c) <= q.radiusKm())
                    .sorted(Comparator.comparing(Commune::insee)).toList();
            List<Commune> outside = referential.communes().stream()
                    .filter(c -> km(home, c) > q.radiusKm() && km(home, c) <= q.radiusKm() + 25)
                    .sorted(Comparator.comparing(Commune::insee)).toList();
            List<RomeNafLink> links = links(q);
            Set<String> linked = links.stream().map(RomeNafLink::nafCode).collect(Collectors.toSet());
            int n = 0;
            for (RomeNafLink link : links.subList(0, Math.min(14, links.size()))) {
                int copies = 1 + random.nextInt(2);
                for (int i = 0; i < copies; i++) {
                    Commune where = pick(inside, random);
                    rows.add(graded(q, ++n, link.nafCode(), where, km(home, where)));
                }
            }
            List<NafActivity> unrelated = referential.nafActivities().stream()
                    .filter(a -> !linked.contains(a.code()))
                    .sorted(Comparator.comparing(NafActivity::code)).toList();
            for (int i = 0; i < 4; i++) {
                rows.add(new Row(q.id(), id(q, ++n), pick(unrelated, random).code(), pick(inside, random).insee(), false,
                        0, "unrelated activity"));
            }
            for (int i = 0; i < 3; i++) {
                rows.add(new Row(q.id(), id(q, ++n), links.get(i % 3).nafCode(), pick(outside, random).insee(), false,
                        0, "outside the radius"));
            }
            for (int i = 0; i < 3; i++) {
                rows.add(new Row(q.id(), id(q, ++n), links.get(i % 3).nafCode(), pick(inside, random).insee(), true,
                        0, "open vacancy in the occupation"));
            }
        }
        return rows;
    }

    /** The links of the query's occupations, one per activity (its best share of an occupation), main ones first. */
    private List<RomeNafLink> links(QuerySpec q) {
        java.util.Map<String, RomeNafLink> best = new java.util.LinkedHashMap<>();
        for (String occupation : q.occupations()) {
            for (RomeNafLink link : referential.nafLinksOf(occupation)) {
                RomeNafLink current = best.get(link.nafCode());
                if (current == null || share(link) > share(current)) {
                    best.put(link.nafCode(), link);
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(this::share).reversed()
                .thenComparing(RomeNafLink::nafCode)).toList();
    }

    private Row graded(QuerySpec q, int n, String naf, Commune where, double km) {
        double share = 0;
        boolean main = false;
        for (String occupation : q.occupations()) {
            List<RomeNafLink> links = referential.nafLinksOf(occupation); // most hirings first
            for (int i = 0; i < links.size(); i++) {
                if (links.get(i).nafCode().equals(naf)) {
                    share = Math.max(share, share(links.get(i)));
                    main |= i < 3;
                }
            }
        }
        boolean near = km <= q.radiusKm() / 2.0;
        int grade;
        String rule;
        if (main && near) {
            grade = 3;
            rule = "main activity of the occupation, near";
        } else if (main) {
            grade = 2;
            rule = "main activity of the occupation, farther";
        } else if (share >= 0.05 && near) {
            grade = 2;
            rule = "activity with 5 % or more of the hirings, near";
        } else if (share >= 0.01) {
            grade = 1;
            rule = "activity with 1 % or more of the hirings";
        } else {
            grade = 0;
            rule = "marginal activity (below 1 % of the hirings)";
        }
        return new Row(q.id(), id(q, n), naf, where.insee(), false, grade, rule);
    }

    private double share(RomeNafLink link) {
        long total = referential.nafLinksOf(link.romeCode()).stream().mapToLong(RomeNafLink::hires).sum();
        return (double) link.hires() / total;
    }

    private static String id(QuerySpec q, int n) {
        return String.format(Locale.ROOT, "%s-c%02d", q.id(), n);
    }

    private static <T> T pick(List<T> from, SplittableRandom random) {
        return from.get(random.nextInt(from.size()));
    }

    private static double km(Commune a, Commune b) {
        return fr.tremplin.core.referential.GeoDistance.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("queries.csv"), queriesCsv(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("companies.csv"), companiesCsv(), StandardCharsets.UTF_8);
    }
}
