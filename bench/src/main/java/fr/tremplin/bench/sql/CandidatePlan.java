package fr.tremplin.bench.sql;

import fr.tremplin.core.ranking.OccupationRelation;
import fr.tremplin.core.ranking.RankingRules;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.ranking.Feature;
import fr.tremplin.core.ranking.Licences;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.ranking.ProgrammeNeeds;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the candidates query of one vacancy binds, computed in Java from the vacancy, the referential and the
 * policy exactly as {@code CandidateRanker#plan} does (non-strict, no unit), minus the text feature.
 *
 * @param lat              the workplace (else the centre of its commune)
 * @param lon              the workplace longitude
 * @param occupation       the vacancy's ROME code (experience months count there)
 * @param codes            person-side occupation codes by level: the occupation itself, its close mobilities (either
 *                         direction), the evolution mobilities towards it; each list sorted, possibly empty
 * @param domain           the occupation's professional domain, e.g. F17 (a code prefix)
 * @param grandDomain      its grand domain, e.g. F (scored, never retrieving)
 * @param skills           the vacancy's skills, must-haves then nice-to-haves, each with its weight
 * @param licenceGroups    per required licence, the licences that satisfy it
 * @param programmes       the bit mask of the programmes the contract needs
 * @param availableBy      the latest availability date that passes
 * @param maxDistanceKm    the employer's limit, 0 for none
 * @param minDiploma       the minimum diploma level, 0 for none
 * @param priorityPublics  the bit mask of the publics boosted on this vacancy (0 without an insertion clause)
 * @param today            the day the waiting time counts to
 * @param weights          the effective feature weights (TEXT weighs 0)
 * @param maxRadiusKm      the largest travel radius of anyone in the baseline's tables
 */
record CandidatePlan(double lat, double lon, String occupation, Map<OccupationRelation, List<String>> codes, String domain,
                     String grandDomain, List<WeightedSkill> skills, List<List<String>> licenceGroups,
                     int programmes, LocalDate availableBy, int maxDistanceKm, int minDiploma, int priorityPublics,
                     LocalDate today, Map<Feature, Double> weights, int maxRadiusKm) {

    /** Mean Earth radius in km, as Lucene's haversine ({@code SloppyMath}) uses it. */
    static final double EARTH_RADIUS_KM = 6371.0087714;
    /** km per degree of latitude on that sphere. */
    static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;
    /** The boxes reject only beyond this factor and margin (as the Lucene collector's flat-earth pre-check). */
    static final double SAFETY_FACTOR = 1.05;
    static final double SAFETY_KM = 1.0;

    /**
     * The bounding box of the farthest reach around the workplace, in degrees, and the cosine used for the flat-earth
     * distances: that of the latitude farthest from the equator within the box, so that a flat estimate never exceeds
     * the true distance.
     */
    record Box(double latMin, double latMax, double lonMin, double lonMax, double cosLat) {
    }

    /**
     * @param weight    1 for a must-have, the policy's nice-to-have weight otherwise, times the skill's rarity
     * @param retrieves whether sharing it brings a person into the list (not a transversal skill)
     */
    record WeightedSkill(String code, double weight, boolean retrieves) {
    }

    CandidatePlan {
        codes = Map.copyOf(codes);
        skills = List.copyOf(skills);
        licenceGroups = List.copyOf(licenceGroups);
        weights = Map.copyOf(weights);
    }

    /**
     * @throws IllegalArgumentException for a vacancy whose occupation or commune the referential does not know (the
     *                                  Lucene ranking refuses it too)
     */
    static CandidatePlan of(VacancyIndexView vacancy, Referential referential, MatchPolicy policy, LocalDate today,
                            int maxRadiusKm) {
        Occupation occupation = referential.occupation(vacancy.occupationCode()).orElseThrow(() ->
                new IllegalArgumentException("Vacancy " + vacancy.id() + ": unknown ROME occupation '"
                        + vacancy.occupationCode() + "'"));
        double lat;
        double lon;
        if (vacancy.workplace() != null) {
            lat = vacancy.workplace().lat();
            lon = vacancy.workplace().lon();
        } else {
            Commune commune = referential.commune(vacancy.communeInsee()).orElseThrow(() -> new IllegalArgumentException(
                    "Vacancy " + vacancy.id() + ": unknown commune '" + vacancy.communeInsee() + "'"));
            lat = commune.lat();
            lon = commune.lon();
        }
        Map<OccupationRelation, List<String>> codes = new EnumMap<>(OccupationRelation.class);
        for (OccupationRelation level : RankingRules.EXPLICIT_RELATIONS) {
            codes.put(level, new ArrayList<>());
        }
        RankingRules.aroundVacancy(referential, occupation.code()).forEach((code, level) -> codes.get(level).add(code));
        codes.values().forEach(list -> list.sort(null));

        List<WeightedSkill> skills = skills(vacancy, referential, policy);
        List<List<String>> licenceGroups = vacancy.requiredLicences().stream().sorted()
                .map(required -> List.copyOf(Licences.satisfying(required))).toList();
        LocalDate start = vacancy.startDate().isBefore(today) ? today : vacancy.startDate();
        int priority = vacancy.insertionClause() ? BaselineWriter.mask(policy.clausePriorityPublics()) : 0;

        Set<Feature> applicable = EnumSet.of(Feature.OCCUPATION, Feature.EXPERIENCE, Feature.DISTANCE, Feature.WAITING);
        if (!skills.isEmpty()) {
            applicable.add(Feature.SKILLS);
        }
        if (vacancy.minDiplomaLevel() > 0) {
            applicable.add(Feature.DIPLOMA);
        }
        if (priority != 0) {
            applicable.add(Feature.PRIORITY_PUBLIC);
        }
        return new CandidatePlan(lat, lon, occupation.code(), codes, occupation.domainCode(),
                occupation.grandDomainCode(), skills, licenceGroups,
                BaselineWriter.mask(ProgrammeNeeds.of(vacancy.contractType(), vacancy.employerKind(),
                        vacancy.insertionClause())),
                start.plusDays(policy.availabilityGraceDays()), vacancy.maxDistanceKm(), vacancy.minDiplomaLevel(),
                priority, today, RankingRules.weights(policy, applicable), maxRadiusKm);
    }

    /** {@code WeightedSkills.of}: must-haves (sorted), then the nice-to-haves that are not must-haves (sorted). */
    private static List<WeightedSkill> skills(VacancyIndexView vacancy, Referential referential, MatchPolicy policy) {
        Set<String> must = new LinkedHashSet<>(vacancy.requiredSkills().stream().sorted().toList());
        Set<String> nice = new LinkedHashSet<>(vacancy.niceSkills().stream().sorted().toList());
        nice.removeAll(must);
        List<WeightedSkill> skills = new ArrayList<>();
        for (String code : must) {
            skills.add(new WeightedSkill(code, RankingRules.rarity(referential, policy, code),
                    RankingRules.isSpecific(referential, policy, code)));
        }
        for (String code : nice) {
            skills.add(new WeightedSkill(code, policy.niceToHaveSkillWeight() * RankingRules.rarity(referential, policy, code),
                    RankingRules.isSpecific(referential, policy, code)));
        }
        return skills;
    }

    double weight(Feature feature) {
        return weights.get(feature);
    }

    /** Sum of the skill weights: the skill coverage divides by it. */
    double skillTotal() {
        double total = 0;
        for (WeightedSkill skill : skills) {
            total += skill.weight();
        }
        return total;
    }

    Box box() {
        double degrees = (reachKm() * SAFETY_FACTOR + SAFETY_KM) / KM_PER_DEGREE;
        double cosLat = Math.cos(Math.toRadians(Math.min(89.9, Math.abs(lat) + degrees)));
        double lonDegrees = Math.min(360, degrees / cosLat);
        return new Box(lat - degrees, lat + degrees, lon - lonDegrees, lon + lonDegrees, cosLat);
    }

    /** How far from the workplace anyone can pass: the largest radius, within the employer's limit if any. */
    double reachKm() {
        return maxDistanceKm > 0 ? Math.min(maxDistanceKm, maxRadiusKm) : maxRadiusKm;
    }
}
