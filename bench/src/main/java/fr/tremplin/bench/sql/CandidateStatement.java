package fr.tremplin.bench.sql;

import fr.tremplin.bench.sql.CandidatePlan.Box;
import fr.tremplin.bench.sql.CandidatePlan.WeightedSkill;
import fr.tremplin.core.ranking.OccupationRelation;
import fr.tremplin.core.ranking.RankingRules;
import fr.tremplin.core.ranking.Feature;
import fr.tremplin.core.ranking.MatchPolicy;

import java.util.List;

/**
 * The one SQL statement of the baseline's candidate ranking, built for a {@link CandidatePlan}: the shape follows
 * the plan (an empty list drops its clause), every value is a bound parameter. Two shapes give the same rows and
 * differ only in where the reading starts ({@link Drive}):
 *
 * <ol>
 *   <li>{@code passed}: the people who pass the filters of their own row (ACTIVE and consenting, available in time,
 *       eligible, inside the bounding box of the farthest reach and their own flat-earth box), share something with
 *       the vacancy and hold the licences, with their exact distance;</li>
 *   <li>{@code scored}: those within their radius (and the employer's limit), with their feature values, the
 *       per-person occupation and skill facts read by primary key;</li>
 *   <li>the weighted sum, ordered by score then id, limited.</li>
 * </ol>
 */
final class CandidateStatement {

    /** Where the query starts reading. */
    enum Drive {
        /**
         * The people of the bounding box (a range of the SPATIAL index), then "shares something" and the
         * licences as {@code EXISTS} probes of the join tables' primary keys: best when the box holds few people
         * compared with the retrieval (people spread over a large territory).
         */
        BOX,
        /**
         * The people sharing something (a {@code UNION} of range scans of the (rome, person_id) and (skill,
         * person_id) indexes), then their rows by primary key ({@code STRAIGHT_JOIN}: left to itself, the optimizer
         * started from the box even when it held everyone): best when the box holds most people (one dense
         * département).
         */
        RETRIEVAL
    }

    private CandidateStatement() {
    }

    static BoundSql of(CandidatePlan plan, MatchPolicy policy, int limit, Drive drive) {
        BoundSql q = new BoundSql();
        if (drive == Drive.RETRIEVAL) {
            q.sql("WITH shared AS (\n"
                    + "    -- holds the occupation of the vacancy (as target or experience), a close or evolution mobility of it,\n"
                    + "    -- or an occupation of the same professional domain (a code prefix)...\n"
                    + "    SELECT DISTINCT o.person_id FROM " + BaselineTables.OCCUPATION + " o\n"
                    + "    WHERE ");
            occupationRetrieval(q, plan);
            List<String> skills = retrievingSkills(plan);
            if (!skills.isEmpty()) {
                q.sql("\n    UNION\n"
                        + "    -- ... or one of its specific (not transversal) skills\n"
                        + "    SELECT s.person_id FROM " + BaselineTables.SKILL + " s WHERE s.skill IN (").list(skills)
                        .sql(")");
            }
            q.sql("\n),\npassed AS (\n");
        } else {
            q.sql("WITH passed AS (\n");
        }
        passed(q, plan, drive);
        scored(q, plan, policy);
        q.sql("SELECT id,\n       ");
        boolean first = true;
        for (Feature feature : Feature.values()) {
            double weight = plan.weight(feature);
            if (weight > 0) {
                q.sql(first ? "" : "\n     + ").number(weight).sql(" * ").sql(column(feature));
                first = false;
            }
        }
        return q.sql(" AS score\nFROM scored\nORDER BY score DESC, id\nLIMIT ").value(limit);
    }

    /** The people inside the bounding box: the optimizer's estimate of its row count chooses the {@link Drive}. */
    static BoundSql boxCount(CandidatePlan plan) {
        return inBox(new BoundSql().sql("SELECT 1 FROM " + BaselineTables.PERSON + " p WHERE "), plan.box());
    }

    /** The point within the box: a range of the SPATIAL index. */
    private static BoundSql inBox(BoundSql q, Box box) {
        return q.sql("MBRContains(ST_Envelope(LINESTRING(POINT(").number(box.lonMin()).sql(", ").number(box.latMin())
                .sql("), POINT(").number(box.lonMax()).sql(", ").number(box.latMax()).sql("))), p.pt)");
    }

    /** The join-table rows the retrieval reads, one statement per table (the skill one only with specific skills). */
    static List<BoundSql> retrievalCounts(CandidatePlan plan) {
        BoundSql occupations = new BoundSql().sql("SELECT 1 FROM " + BaselineTables.OCCUPATION + " o WHERE ");
        occupationRetrieval(occupations, plan);
        List<String> skills = retrievingSkills(plan);
        if (skills.isEmpty()) {
            return List.of(occupations);
        }
        return List.of(occupations, new BoundSql().sql("SELECT 1 FROM " + BaselineTables.SKILL
                + " s WHERE s.skill IN (").list(skills).sql(")"));
    }

    private static void occupationRetrieval(BoundSql q, CandidatePlan plan) {
        List<String> explicit = plan.codes().values().stream().flatMap(List::stream).sorted().toList();
        q.sql("(o.rome IN (").list(explicit).sql(") OR (o.rome >= ").value(plan.domain()).sql(" AND o.rome < ")
                .value(plan.domain() + "~").sql("))");
    }

    private static List<String> retrievingSkills(CandidatePlan plan) {
        return plan.skills().stream().filter(WeightedSkill::retrieves).map(WeightedSkill::code).toList();
    }

    private static void passed(BoundSql q, CandidatePlan plan, Drive drive) {
        Box box = plan.box();
        q.sql("    -- the hard filters; two bounding boxes before the exact (haversine) distance\n"
                + "    SELECT p.id, p.radius_km, p.diploma, p.publics, p.waiting_since,\n"
                + "           2 * ").number(CandidatePlan.EARTH_RADIUS_KM)
                .sql(" * ASIN(LEAST(1, SQRT(POW(SIN(RADIANS(p.lat - ").number(plan.lat()).sql(") / 2), 2)\n"
                        + "               + ").number(Math.cos(Math.toRadians(plan.lat())))
                .sql(" * COS(RADIANS(p.lat)) * POW(SIN(RADIANS(p.lon - ").number(plan.lon()).sql(") / 2), 2)))) AS km\n");
        q.sql(drive == Drive.RETRIEVAL
                ? "    FROM shared STRAIGHT_JOIN " + BaselineTables.PERSON + " p ON p.id = shared.person_id\n"
                : "    FROM " + BaselineTables.PERSON + " p\n");
        q.sql("    WHERE p.matchable = 1\n"
                + "      AND p.available_from <= ").value(plan.availableBy()).sql("\n");
        if (plan.programmes() != 0) {
            q.sql("      AND p.programmes & ").value(plan.programmes()).sql(" = ").value(plan.programmes()).sql("\n");
        }
        if (drive == Drive.BOX) {
            inBox(q.sql("      AND "), box).sql("\n");
        } else {
            q.sql("      AND p.lat BETWEEN ").number(box.latMin()).sql(" AND ").number(box.latMax())
                    .sql(" AND p.lon BETWEEN ").number(box.lonMin()).sql(" AND ").number(box.lonMax()).sql("\n");
        }
        q.sql("      AND POW(p.lat - ").number(plan.lat()).sql(", 2) + POW((p.lon - ").number(plan.lon())
                .sql(") * ").number(box.cosLat()).sql(", 2)\n"
                        + "          <= POW((LEAST(p.radius_km, ").number(plan.reachKm()).sql(") * ")
                .number(CandidatePlan.SAFETY_FACTOR).sql(" + ").number(CandidatePlan.SAFETY_KM).sql(") / ")
                .number(CandidatePlan.KM_PER_DEGREE).sql(", 2)\n");
        if (drive == Drive.BOX) {
            q.sql("      -- holds the occupation of the vacancy (as target or experience), a close or evolution mobility of it,\n"
                    + "      -- or an occupation of the same professional domain (a code prefix)...\n"
                    + "      AND (EXISTS (SELECT 1 FROM " + BaselineTables.OCCUPATION + " o WHERE o.person_id = p.id\n"
                    + "                   AND ");
            occupationRetrieval(q, plan);
            q.sql(")");
            List<String> skills = retrievingSkills(plan);
            if (!skills.isEmpty()) {
                q.sql("\n           -- ... or one of its specific (not transversal) skills\n"
                        + "           OR EXISTS (SELECT 1 FROM " + BaselineTables.SKILL + " s WHERE s.person_id = p.id"
                        + " AND s.skill IN (").list(skills).sql("))");
            }
            q.sql(")\n");
        }
        for (List<String> group : plan.licenceGroups()) {
            q.sql("      AND EXISTS (SELECT 1 FROM " + BaselineTables.LICENCE
                    + " l WHERE l.person_id = p.id AND l.licence IN (").list(group).sql("))\n");
        }
        q.sql("),\n");
    }

    private static void scored(BoundSql q, CandidatePlan plan, MatchPolicy policy) {
        q.sql("scored AS (\n"
                + "    SELECT r.id,\n"
                + "        COALESCE((SELECT MAX(CASE");
        for (OccupationRelation level : RankingRules.EXPLICIT_RELATIONS) {
            List<String> codes = plan.codes().get(level);
            if (!codes.isEmpty()) {
                q.sql(" WHEN o.rome IN (").list(codes).sql(") THEN ").number(level.level(policy)).sql("\n                    ");
            }
        }
        q.sql(" WHEN o.rome >= ").value(plan.domain()).sql(" AND o.rome < ").value(plan.domain() + "~")
                .sql(" THEN ").number(policy.sameDomainLevel())
                .sql("\n                     WHEN o.rome >= ").value(plan.grandDomain()).sql(" AND o.rome < ")
                .value(plan.grandDomain() + "~").sql(" THEN ").number(policy.sameGrandDomainLevel())
                .sql(" ELSE 0 END)\n"
                        + "           FROM " + BaselineTables.OCCUPATION + " o WHERE o.person_id = r.id), 0) AS occupation,\n");
        if (!plan.skills().isEmpty()) {
            q.sql("        COALESCE((SELECT SUM(CASE s.skill");
            for (WeightedSkill skill : plan.skills()) {
                q.sql(" WHEN ").value(skill.code()).sql(" THEN ").number(skill.weight());
            }
            q.sql(" END)\n           FROM " + BaselineTables.SKILL + " s WHERE s.person_id = r.id AND s.skill IN (")
                    .list(plan.skills().stream().map(WeightedSkill::code).toList()).sql(")), 0) / ")
                    .number(plan.skillTotal()).sql(" AS skills,\n");
        }
        q.sql("        LEAST(1, COALESCE((SELECT o.months FROM " + BaselineTables.OCCUPATION
                        + " o WHERE o.person_id = r.id AND o.rome = ").value(plan.occupation())
                .sql(" AND o.kind = '" + BaselineTables.EXPERIENCE + "'), 0) / 12e0 / ")
                .number(policy.experienceSaturationYears()).sql(") AS experience,\n"
                        + "        POW(0.5, r.km / ").number(policy.distanceHalfKm()).sql(") AS distance,\n");
        if (plan.minDiploma() > 0) {
            q.sql("        CASE WHEN r.diploma >= ").value(plan.minDiploma()).sql(" THEN 1 WHEN r.diploma = ")
                    .value(plan.minDiploma() - 1).sql(" THEN ").number(policy.diplomaOneLevelBelow())
                    .sql(" ELSE 0 END AS diploma,\n");
        }
        if (plan.priorityPublics() != 0) {
            q.sql("        CASE WHEN r.publics & ").value(plan.priorityPublics())
                    .sql(" <> 0 THEN 1 ELSE 0 END AS priority_public,\n");
        }
        q.sql("        CASE WHEN DATEDIFF(").value(plan.today()).sql(", r.waiting_since) > 0 THEN LEAST(1, DATEDIFF(")
                .value(plan.today()).sql(", r.waiting_since) / ")
                .number(RankingRules.DAYS_PER_MONTH * policy.waitingSaturationMonths()).sql(") ELSE 0 END AS waiting\n"
                        + "    FROM passed r\n"
                        + "    WHERE r.km <= LEAST(r.radius_km, ").number(plan.reachKm()).sql(")\n"
                        + ")\n");
    }

    private static String column(Feature feature) {
        return switch (feature) {
            case OCCUPATION -> "occupation";
            case SKILLS -> "skills";
            case EXPERIENCE -> "experience";
            case DISTANCE -> "distance";
            case DIPLOMA -> "diploma";
            case PRIORITY_PUBLIC -> "priority_public";
            case WAITING -> "waiting";
            case TEXT -> throw new IllegalStateException("The SQL baseline has no text feature");
        };
    }
}
