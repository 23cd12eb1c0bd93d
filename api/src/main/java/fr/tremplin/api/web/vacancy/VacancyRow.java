package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.vacancy.Vacancy;

/** One line of a vacancy list. */
public record VacancyRow(String id, String title, String employer, String occupation, String commune,
                         String contract, String status, String startDate, int positions) {
    static VacancyRow of(Vacancy v, String employerName, Labels labels) {
        return new VacancyRow(v.id(), v.title(), employerName, labels.occupation(v.occupation()).text(),
                labels.commune(v.communeInsee()).label(), Choices.label(Choices.CONTRACT_TYPES, v.contractType().name()),
                Choices.label(Choices.VACANCY_STATUS, v.status().name()),
                v.startDate() == null ? "dès que possible" : Dates.format(v.startDate()), v.positions());
    }
}
