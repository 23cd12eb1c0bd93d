package fr.tremplin.api.web.seeker;

import fr.tremplin.api.seeker.EligibilityDto;
import fr.tremplin.api.seeker.JobSeekerResponse;
import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.referential.Choice;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.core.seeker.Programme;

import java.util.List;

/** A person's page: the profile in words, and the programmes they can enter with the reason for each. */
public record SeekerView(String id, String name, String externalRef, String status, String birthDate, String email,
                         String phone, String commune, int mobilityRadiusKm, String licences, boolean hasVehicle,
                         List<Choice> targetOccupations, List<String> experiences, List<Choice> skills,
                         String summary, String diplomaLevel, String availableFrom, String workingTime,
                         List<String> publics, String unit, boolean consentToShare, List<Eligible> eligibility) {

    /** A programme and why the person can enter it. */
    public record Eligible(String programme, String reason) {
        static Eligible of(EligibilityDto e) {
            return new Eligible(Choices.programme(Programme.valueOf(e.programme())), e.reason());
        }
    }

    static SeekerView of(JobSeekerResponse s, Labels labels) {
        return new SeekerView(s.id(), s.firstName() + " " + s.lastName(), s.externalRef(),
                Choices.label(Choices.SEEKER_STATUS, s.status()), Dates.format(s.birthDate()),
                s.email() == null ? "" : s.email(), s.phone() == null ? "" : s.phone(),
                labels.commune(s.communeInsee()).text(), s.mobilityRadiusKm(),
                s.licences().isEmpty() ? "aucun" : String.join(", ", s.licences()), s.hasVehicle(),
                labels.occupations(s.targetOccupations()),
                s.experiences().stream().map(e -> labels.occupation(e.occupation()).text() + " : "
                        + String.valueOf(e.years()).replace(".0", "").replace('.', ',') + " an(s)").toList(),
                labels.skills(s.skills()), s.summary() == null ? "" : s.summary(),
                s.diplomaLevel() == null ? "non renseigné" : Choices.label(Choices.DIPLOMA_LEVELS, s.diplomaLevel().toString()),
                s.availableFrom() == null ? "non renseignée" : Dates.format(s.availableFrom()),
                Choices.label(Choices.WORKING_TIME, s.workingTime()),
                s.publics().stream().map(p -> Choices.label(Choices.PUBLICS, p)).toList(),
                labels.unitName(s.employmentUnit()), s.consentToShare(),
                s.eligibility().stream().map(Eligible::of).toList());
    }
}
