package fr.tremplin.api.seeker;

import fr.tremplin.api.common.ReferentialChecks;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** The 422 rules of a job-seeker profile: referential codes, territory, radius, dates. */
@Singleton
public class JobSeekerChecks {
    static final int MAX_RADIUS_KM = 200;
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 80;

    private final ReferentialChecks referential;
    private final Clock clock;

    public JobSeekerChecks(ReferentialChecks referential, Clock clock) {
        this.referential = referential;
        this.clock = clock;
    }

    public void check(JobSeekerRequest r) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        referential.commune("communeInsee", r.communeInsee(), errors);
        if (r.mobilityRadiusKm() < 0 || r.mobilityRadiusKm() > MAX_RADIUS_KM) {
            errors.add(new FieldError("mobilityRadiusKm", "le rayon de mobilité doit être compris entre 0 et "
                    + MAX_RADIUS_KM + " km"));
        }
        if (r.birthDate().isAfter(today)) {
            errors.add(new FieldError("birthDate", "la date de naissance est dans le futur"));
        } else {
            int age = Period.between(r.birthDate(), today).getYears();
            if (age < MIN_AGE || age > MAX_AGE) {
                errors.add(new FieldError("birthDate", "l'âge doit être compris entre " + MIN_AGE + " et " + MAX_AGE
                        + " ans (" + age + " ans)"));
            }
        }
        if (r.availableFrom() != null && r.availableFrom().isBefore(today.minusYears(1))) {
            errors.add(new FieldError("availableFrom", "la date de disponibilité est passée depuis plus d'un an"));
        }
        referential.occupations("targetOccupations", r.targetOccupations(), errors);
        if (r.experiences() != null) {
            for (int i = 0; i < r.experiences().size(); i++) {
                referential.occupation("experiences[" + i + "].occupation", r.experiences().get(i).occupation(), errors);
            }
        }
        referential.skills("skills", r.skills(), errors);
        referential.employmentUnit("employmentUnit", r.employmentUnit(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }
}
