package fr.tremplin.api.seeker;

import fr.tremplin.core.eligibility.EligibilityInput;
import fr.tremplin.core.eligibility.EligibilityRules;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Request → entity and entity → response, with the derived eligibility. */
@Singleton
public class JobSeekerMapper {
    private final EligibilityRules eligibilityRules;
    private final Clock clock;

    public JobSeekerMapper(EligibilityRules eligibilityRules, Clock clock) {
        this.eligibilityRules = eligibilityRules;
        this.clock = clock;
    }

    public JobSeeker toEntity(JobSeekerRequest r) {
        return new JobSeeker(null, r.externalRef(), r.firstName().strip(), r.lastName().strip(), r.birthDate(),
                blankToNull(r.email()), blankToNull(r.phone()), r.communeInsee(), r.mobilityRadiusKm(),
                distinct(r.licences()), Boolean.TRUE.equals(r.hasVehicle()), distinct(r.targetOccupations()),
                r.experiences() == null ? List.of()
                        : r.experiences().stream().map(e -> new Experience(e.occupation(), e.years())).toList(),
                distinct(r.skills()), blankToNull(r.summary()), r.diplomaLevel(), r.availableFrom(),
                r.workingTime() == null ? WorkingTime.ANY : WorkingTime.valueOf(r.workingTime()),
                distinct(r.publics()), r.employmentUnit(), r.consentToShare(),
                r.status() == null ? SeekerStatus.ACTIVE : SeekerStatus.valueOf(r.status()),
                null, null, null);
    }

    public JobSeekerResponse toResponse(JobSeeker s) {
        return new JobSeekerResponse(s.id(), s.version() == null ? 0 : s.version(), s.externalRef(), s.firstName(),
                s.lastName(), s.birthDate(), s.email(), s.phone(), s.communeInsee(), s.mobilityRadiusKm(), s.licences(),
                s.hasVehicle(), s.targetOccupations(),
                s.experiences().stream().map(e -> new ExperienceDto(e.occupation(), e.years())).toList(),
                s.skills(), s.summary(), s.diplomaLevel(), s.availableFrom(), s.workingTime().name(), s.publics(),
                s.employmentUnit(), s.consentToShare(), s.status().name(),
                eligibilityRules.evaluate(eligibilityInput(s)).stream().map(EligibilityDto::of).toList(),
                s.createdAt(), s.updatedAt());
    }

    private EligibilityInput eligibilityInput(JobSeeker s) {
        Set<Public> publics = EnumSet.noneOf(Public.class);
        s.publics().forEach(p -> publics.add(Public.valueOf(p)));
        return new EligibilityInput(s.birthDate(), publics, s.status(), LocalDate.now(clock));
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
