package fr.tremplin.core.index;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the job-seeker index knows of a person: the matching view, filled by the indexer from the database.
 * Codes are checked against the referential by {@link SeekerDocuments}.
 *
 * @param id                 domain id
 * @param version            database row version, compared by the indexer's consistency check
 * @param status             ACTIVE people are matched; the others stay in the index, filtered out
 * @param consent            the person agreed to be proposed to employers
 * @param communeInsee       INSEE code of the home commune
 * @param home               geocoded address, or {@code null} to use the commune centre
 * @param radiusKm           how far the person will travel, 0 to 300 km
 * @param licences           licences and certificates (B, C, CE, CACES_R489_3...)
 * @param hasVehicle         has a vehicle of their own
 * @param targetOccupations  ROME codes the person is looking for
 * @param jobTitles          ROME job-title (appellation) codes chosen by the adviser; their labels are searchable
 * @param experiences        past experience per occupation
 * @param skills             ROME skill codes
 * @param summary            the adviser's free-text summary; empty when none
 * @param diplomaLevel       highest diploma level, 3 (CAP) to 8, 0 when none
 * @param availableFrom      first day the person can start
 * @param workingTime        full time, part time or either
 * @param publics            priority publics
 * @param programmes         programmes the person is eligible to (from the eligibility rules)
 * @param employmentUnit     id of the employment unit that follows the person
 * @param birthYear          year of birth
 * @param waitingSince       since when the person has been waiting for a proposal: the day of the last proposal sent
 *                           to an employer, else the day the person entered the caseload; {@code null} when unknown
 *                           (the ranking's "waiting" boost is then 0)
 * @param eligibility        the programmes with the rule that grants each, as {@link fr.tremplin.core.eligibility.EligibilityRules}
 *                           returned them; shown in match explanations. Each one's programme must be in {@code programmes};
 *                           empty when the indexer does not provide them (explanations then name the programme only)
 */
public record SeekerIndexView(
        String id, long version, SeekerStatus status, boolean consent,
        String communeInsee, GeoPoint home, int radiusKm, Set<String> licences, boolean hasVehicle,
        List<String> targetOccupations, List<String> jobTitles, List<Experience> experiences, Set<String> skills,
        String summary, int diplomaLevel, LocalDate availableFrom, WorkingTime workingTime,
        Set<Public> publics, Set<Programme> programmes, String employmentUnit, int birthYear,
        LocalDate waitingSince, List<Eligibility> eligibility) {

    /** Longest travel radius accepted, in km. */
    public static final int MAX_RADIUS_KM = 300;

    public SeekerIndexView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(communeInsee, "communeInsee");
        Objects.requireNonNull(availableFrom, "availableFrom");
        Objects.requireNonNull(workingTime, "workingTime");
        Objects.requireNonNull(employmentUnit, "employmentUnit");
        licences = Set.copyOf(licences);
        targetOccupations = List.copyOf(targetOccupations);
        jobTitles = List.copyOf(jobTitles);
        experiences = List.copyOf(experiences);
        skills = Set.copyOf(skills);
        summary = summary == null ? "" : summary;
        publics = Set.copyOf(publics);
        programmes = Set.copyOf(programmes);
        eligibility = List.copyOf(eligibility);
        if (radiusKm < 0 || radiusKm > MAX_RADIUS_KM) {
            throw new IllegalArgumentException("Seeker " + id + ": radius " + radiusKm + " km is outside 0.."
                    + MAX_RADIUS_KM);
        }
        if (diplomaLevel < 0 || diplomaLevel > 8) {
            throw new IllegalArgumentException("Seeker " + id + ": diploma level " + diplomaLevel + " is outside 0..8");
        }
        for (Eligibility granted : eligibility) {
            if (!programmes.contains(granted.programme())) {
                throw new IllegalArgumentException("Seeker " + id + ": eligibility rule " + granted.rule()
                        + " grants " + granted.programme() + ", which is not among the programmes " + programmes);
            }
        }
    }

    /** The view without waiting date and eligibility rules (both optional). */
    public SeekerIndexView(
            String id, long version, SeekerStatus status, boolean consent,
            String communeInsee, GeoPoint home, int radiusKm, Set<String> licences, boolean hasVehicle,
            List<String> targetOccupations, List<String> jobTitles, List<Experience> experiences, Set<String> skills,
            String summary, int diplomaLevel, LocalDate availableFrom, WorkingTime workingTime,
            Set<Public> publics, Set<Programme> programmes, String employmentUnit, int birthYear) {
        this(id, version, status, consent, communeInsee, home, radiusKm, licences, hasVehicle, targetOccupations,
                jobTitles, experiences, skills, summary, diplomaLevel, availableFrom, workingTime, publics, programmes,
                employmentUnit, birthYear, null, List.of());
    }
}
