package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.Experience;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.testing.TestReferential;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hard filters and the "shares something" rule written again, independently of the ranking code, straight
 * from the wording: the reference the property tests compare the ranking with.
 */
final class Oracle {

    static final int GRACE_DAYS = MatchPolicy.defaults().availabilityGraceDays();
    private static final Map<String, Set<String>> SATISFIED_BY = Map.of(
            "B", Set.of("B", "C", "CE", "D"), "C", Set.of("C", "CE"), "CE", Set.of("CE"), "D", Set.of("D"),
            "CACES_R489_3", Set.of("CACES_R489_3"));

    private static final Referential REFERENTIAL = TestReferential.get();

    private Oracle() {
    }

    /** Every reason why {@code seeker} may not be proposed for {@code vacancy}; empty when eligible. */
    static List<String> violations(VacancyIndexView vacancy, SeekerIndexView seeker, boolean strict, String unit,
                                   LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (seeker.status() != SeekerStatus.ACTIVE) {
            reasons.add("status " + seeker.status());
        }
        if (!seeker.consent()) {
            reasons.add("no consent");
        }
        reasons.addAll(common(vacancy, seeker, strict, today, true));
        if (unit != null && !unit.equals(seeker.employmentUnit())) {
            reasons.add("unit " + seeker.employmentUnit());
        }
        return reasons;
    }

    /**
     * The filters shared by both directions (vacancy status, distances, licences, availability, programmes,
     * strict); {@code seekerSide}: the people are the indexed side (the queried vacancy's own status is then
     * the caller's concern, as the queried person's status is for vacancies).
     */
    static List<String> common(VacancyIndexView vacancy, SeekerIndexView seeker, boolean strict, LocalDate today,
                               boolean seekerSide) {
        List<String> reasons = new ArrayList<>();
        if (!seekerSide && (vacancy.status() != VacancyStatus.OPEN || vacancy.positions() < 1)) {
            reasons.add("vacancy " + vacancy.status());
        }
        double km = seekerSide ? distanceKm(home(seeker), workplace(vacancy)) : distanceKm(workplace(vacancy), home(seeker));
        if (km > seeker.radiusKm()) {
            reasons.add(String.format("%.2f km beyond the person's %d km", km, seeker.radiusKm()));
        }
        if (vacancy.maxDistanceKm() > 0 && km > vacancy.maxDistanceKm()) {
            reasons.add(String.format("%.2f km beyond the vacancy's %d km", km, vacancy.maxDistanceKm()));
        }
        for (String licence : vacancy.requiredLicences()) {
            if (SATISFIED_BY.get(licence).stream().noneMatch(seeker.licences()::contains)) {
                reasons.add("licence " + licence + " missing");
            }
        }
        LocalDate start = vacancy.startDate().isBefore(today) ? today : vacancy.startDate();
        if (seeker.availableFrom().isAfter(start.plusDays(GRACE_DAYS))) {
            reasons.add("available only from " + seeker.availableFrom());
        }
        Set<Programme> needed = new HashSet<>();
        if (vacancy.contractType() == ContractType.PEC) {
            needed.add(Programme.PEC);
        }
        if (vacancy.contractType() == ContractType.IAE) {
            needed.add(Programme.IAE);
        }
        if (vacancy.contractType() == ContractType.APPRENTICESHIP) {
            needed.add(Programme.APPRENTICESHIP);
        }
        if (vacancy.contractType() == ContractType.PROFESSIONALISATION
                && vacancy.employerKind() == EmployerKind.EMPLOYER_GROUP) {
            needed.add(Programme.GEIQ);
        }
        if (vacancy.insertionClause()) {
            needed.add(Programme.INSERTION_CLAUSE);
        }
        if (!seeker.programmes().containsAll(needed)) {
            reasons.add("not eligible to " + needed);
        }
        if (strict && !seeker.skills().containsAll(vacancy.requiredSkills())) {
            reasons.add("must-have skill missing");
        }
        return reasons;
    }

    /**
     * At least one occupation in common (same, ROME close either way, evolution to the vacancy, same domain) or
     * one skill listed by at most 50 ROME occupations (the policy's transversal-skill limit).
     */
    static boolean sharesSomething(VacancyIndexView vacancy, SeekerIndexView seeker) {
        Set<String> held = new HashSet<>(seeker.targetOccupations());
        seeker.experiences().stream().map(Experience::occupationCode).forEach(held::add);
        String v = vacancy.occupationCode();
        for (String h : held) {
            if (h.equals(v) || h.substring(0, 3).equals(v.substring(0, 3))) {
                return true;
            }
            for (Mobility m : REFERENTIAL.mobilitiesFrom(h)) {
                if (m.targetCode().equals(v)) {
                    return true;
                }
            }
            for (Mobility m : REFERENTIAL.mobilitiesTo(h)) {
                if (m.sourceCode().equals(v) && m.kind() == MobilityKind.CLOSE) {
                    return true;
                }
            }
        }
        Set<String> skills = new HashSet<>(vacancy.requiredSkills());
        skills.addAll(vacancy.niceSkills());
        return seeker.skills().stream().filter(skills::contains)
                .anyMatch(skill -> REFERENTIAL.occupationCountOf(skill) <= MatchPolicy.defaults().commonSkillOccupations());
    }

    static GeoPoint home(SeekerIndexView seeker) {
        if (seeker.home() != null) {
            return seeker.home();
        }
        Commune c = REFERENTIAL.commune(seeker.communeInsee()).orElseThrow();
        return new GeoPoint(c.lat(), c.lon());
    }

    static GeoPoint workplace(VacancyIndexView vacancy) {
        if (vacancy.workplace() != null) {
            return vacancy.workplace();
        }
        Commune c = REFERENTIAL.commune(vacancy.communeInsee()).orElseThrow();
        return new GeoPoint(c.lat(), c.lon());
    }

    /** The distance the index can know: the indexed point as encoded in the index, Lucene's haversine. */
    static double distanceKm(GeoPoint indexed, GeoPoint queried) {
        double lat = GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(indexed.lat()));
        double lon = GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(indexed.lon()));
        return SloppyMath.haversinMeters(lat, lon, queried.lat(), queried.lon()) / 1000.0;
    }
}
