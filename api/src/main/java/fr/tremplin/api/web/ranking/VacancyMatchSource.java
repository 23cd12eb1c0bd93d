package fr.tremplin.api.web.ranking;

/** Ranks open vacancies for a person, for the "Offres classées" panel of the person page. */
public interface VacancyMatchSource {
    RankedPanel<RankedVacancyView> vacanciesFor(String jobSeekerId);
}
