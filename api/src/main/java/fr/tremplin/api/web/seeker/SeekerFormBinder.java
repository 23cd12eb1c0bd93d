package fr.tremplin.api.web.seeker;

import fr.tremplin.api.seeker.ExperienceDto;
import fr.tremplin.api.seeker.JobSeekerRequest;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormValues;
import fr.tremplin.api.web.referential.Choice;
import fr.tremplin.api.web.referential.Labels;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what was typed into the API's {@link JobSeekerRequest}, reporting in French what cannot be read
 * (a date, a number, a commune or an occupation that is not in the lists). Rules beyond reading are left to the
 * API's own validation and checks, so that the web and the API accept exactly the same profiles.
 */
@Singleton
public class SeekerFormBinder {
    private final Labels labels;

    public SeekerFormBinder(Labels labels) {
        this.labels = labels;
    }

    public JobSeekerRequest bind(SeekerForm f, FieldErrors errors) {
        LocalDate birthDate = FormValues.date("birthDate", f.birthDate(), true, errors);
        LocalDate availableFrom = FormValues.date("availableFrom", f.availableFrom(), false, errors);
        Integer radius = FormValues.integer("mobilityRadiusKm", f.mobilityRadiusKm(), "un nombre entier de kilomètres", errors);
        if (radius == null && f.mobilityRadiusKm().isBlank()) {
            errors.add("mobilityRadiusKm", "obligatoire (en km)");
        }
        Integer diploma = f.diplomaLevel().isBlank() ? null : FormValues.integer("diplomaLevel", f.diplomaLevel(), "un niveau", errors);
        String commune = commune(f.commune(), errors);
        List<String> targets = withAdded("targetOccupations", f.targetOccupations(), f.targetOccupationToAdd(),
                true, errors);
        List<String> skills = withAdded("skills", f.skills(), f.skillToAdd(), false, errors);
        List<ExperienceDto> experiences = new ArrayList<>();
        for (int i = 0; i < f.experiences().size(); i++) {
            SeekerForm.ExperienceLine line = f.experiences().get(i);
            String code = Choice.leadingCode(line.occupation());
            Double years = decimal(line.years());
            if (years == null && !line.years().isBlank()) {
                errors.add("experiences[" + i + "].years", "nombre d'années attendu (par exemple 2,5)");
            }
            experiences.add(new ExperienceDto(code, years));
        }
        Boolean consent = switch (f.consentToShare()) {
            case "oui" -> Boolean.TRUE;
            case "non" -> Boolean.FALSE;
            default -> {
                errors.add("consentToShare", "indiquez si la personne accepte que son profil soit proposé aux employeurs");
                yield null;
            }
        };
        return new JobSeekerRequest(f.externalRef(), f.firstName(), f.lastName(), birthDate, blankToNull(f.email()),
                blankToNull(f.phone()), commune, radius, f.licences(), f.hasVehicle(), targets, experiences, skills,
                blankToNull(f.summary()), diploma, availableFrom, blankToNull(f.workingTime()), f.publics(),
                f.employmentUnit(), consent, blankToNull(f.status()), version(f.version()));
    }

    @Nullable
    private String commune(String text, FieldErrors errors) {
        if (text.isBlank()) {
            errors.add("communeInsee", "obligatoire : choisissez la commune de résidence dans la liste");
            return null;
        }
        return labels.communeCode(text).orElseGet(() -> {
            errors.add("communeInsee", "« " + text + " » n'est pas une commune de Loire-Atlantique : choisissez une "
                    + "proposition de la liste (nom ou code INSEE)");
            return null;
        });
    }

    private List<String> withAdded(String field, List<String> chosen, String added, boolean occupation,
                                   FieldErrors errors) {
        List<String> codes = new ArrayList<>(chosen);
        if (!added.isBlank()) {
            String code = Choice.leadingCode(added);
            boolean known = occupation ? labels.isOccupation(code) : labels.isSkill(code);
            if (known) {
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            } else {
                errors.add(field, "« " + added + " » n'est pas dans le référentiel ROME : choisissez une proposition "
                        + "de la liste");
            }
        }
        return codes;
    }

    @Nullable
    private static Double decimal(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static Long version(String text) {
        try {
            return text.isBlank() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
