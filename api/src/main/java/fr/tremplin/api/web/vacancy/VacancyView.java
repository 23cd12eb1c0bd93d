package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.referential.Choice;
import fr.tremplin.api.web.referential.Labels;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.vacancy.Vacancy;

import java.util.List;

/** A vacancy page's details, in words. */
public record VacancyView(String id, String title, String employerId, String employer, Choice occupation,
                          String description, String commune, String contract, int hoursPerWeek, String startDate,
                          int positions, List<Choice> requiredSkills, List<Choice> niceToHaveSkills,
                          String licences, String minDiploma, String insertionClause, String status) {
    static VacancyView of(Vacancy v, Employer employer, Labels labels) {
        return new VacancyView(v.id(), v.title(), employer.id(), employer.name(), labels.occupation(v.occupation()),
                v.description() == null ? "" : v.description(), labels.commune(v.communeInsee()).text(),
                Choices.label(Choices.CONTRACT_TYPES, v.contractType().name()), v.hoursPerWeek(),
                v.startDate() == null ? "dès que possible" : Dates.format(v.startDate()), v.positions(),
                labels.skills(v.requiredSkills()), labels.skills(v.niceToHaveSkills()),
                v.requiredLicences().isEmpty() ? "aucun" : String.join(", ", v.requiredLicences()),
                v.minDiplomaLevel() == null ? "aucun" : Choices.label(Choices.DIPLOMA_LEVELS, v.minDiplomaLevel().toString()),
                v.insertionContractRef() == null ? "aucune"
                        : "marché " + v.insertionContractRef() + ", " + v.insertionHours() + " heures",
                Choices.label(Choices.VACANCY_STATUS, v.status().name()));
    }
}
