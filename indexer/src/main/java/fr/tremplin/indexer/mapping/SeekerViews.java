package fr.tremplin.indexer.mapping;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.eligibility.EligibilityInput;
import fr.tremplin.core.eligibility.EligibilityRules;
import fr.tremplin.core.index.Experience;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.data.seeker.JobSeeker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link JobSeeker} row as the job-seeker index sees it. Choices made here:
 * <ul>
 *   <li>programmes come from the eligibility rules evaluated on the day of indexing (ages move: a
 *       person crossing an age limit is re-evaluated at the next write or rebuild);</li>
 *   <li>no availability date means available now: {@link #AVAILABLE_NOW} (1970-01-01) passes every
 *       "available by" filter;</li>
 *   <li>experience in years becomes whole months (at least one); the same occupation twice is summed;</li>
 *   <li>no diploma is level 0; no geocoded address (the commune centre is used); no job titles yet.</li>
 * </ul>
 */
final class SeekerViews {

    /** The availability date of a person without one. */
    static final LocalDate AVAILABLE_NOW = LocalDate.EPOCH;

    private final EligibilityRules eligibility;
    private final Clock clock;

    SeekerViews(EligibilityRules eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    SeekerIndexView view(JobSeeker s, Instant lastProposal) {
        Set<Public> publics = publics(s);
        List<Eligibility> rules = eligibility.evaluate(
                new EligibilityInput(s.birthDate(), publics, s.status(), LocalDate.now(clock)));
        Set<Programme> programmes = EnumSet.noneOf(Programme.class);
        rules.stream().map(Eligibility::programme).forEach(programmes::add);
        return new SeekerIndexView(s.id(), s.version() == null ? 0 : s.version(), s.status(), s.consentToShare(),
                s.communeInsee(), null, s.mobilityRadiusKm(), Set.copyOf(s.licences()), s.hasVehicle(),
                s.targetOccupations(), List.of(), experiences(s), Set.copyOf(s.skills()), s.summary(),
                s.diplomaLevel() == null ? 0 : s.diplomaLevel(),
                s.availableFrom() == null ? AVAILABLE_NOW : s.availableFrom(), s.workingTime(), publics,
                programmes, s.employmentUnit(), s.birthDate().getYear(), waitingSince(s, lastProposal), rules);
    }

    /** Waiting without a proposal since the last shortlist sent with the person, else since entry into the caseload. */
    private LocalDate waitingSince(JobSeeker s, Instant lastProposal) {
        Instant since = lastProposal != null ? lastProposal : s.createdAt();
        return since == null ? null : LocalDate.ofInstant(since, clock.getZone());
    }

    private static Set<Public> publics(JobSeeker s) {
        Set<Public> publics = EnumSet.noneOf(Public.class);
        for (String name : s.publics()) {
            try {
                publics.add(Public.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Seeker " + s.id() + ": unknown public '" + name + "'", e);
            }
        }
        return publics;
    }

    private static List<Experience> experiences(JobSeeker s) {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (fr.tremplin.data.seeker.Experience e : s.experiences()) {
            int m = Math.max(1, (int) Math.round(e.years() * 12));
            months.merge(e.occupation(), m, Integer::sum);
        }
        return months.entrySet().stream().map(e -> new Experience(e.getKey(), e.getValue())).toList();
    }
}
