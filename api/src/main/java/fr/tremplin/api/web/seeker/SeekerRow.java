package fr.tremplin.api.web.seeker;

import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.seeker.JobSeeker;

/** One line of the people search results. */
public record SeekerRow(String id, String name, String externalRef, String commune, String unit, String status,
                        String targets) {
    static SeekerRow of(JobSeeker s, Labels labels) {
        return new SeekerRow(s.id(), s.lastName().toUpperCase(java.util.Locale.FRENCH) + " " + s.firstName(),
                s.externalRef(), labels.commune(s.communeInsee()).label(), labels.unitName(s.employmentUnit()),
                Choices.label(Choices.SEEKER_STATUS, s.status().name()),
                String.join(", ", s.targetOccupations().stream().map(c -> labels.occupation(c).label()).toList()));
    }
}
