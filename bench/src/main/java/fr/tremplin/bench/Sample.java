package fr.tremplin.bench;

import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;

import java.util.List;

/**
 * The inputs every measurement cycles through: open vacancies (as the system of record and as the ranking sees
 * them) and active people, drawn across the whole data set (ids are random, so id order mixes places and trades).
 */
record Sample(List<Vacancy> vacancies, List<VacancyIndexView> views, List<JobSeeker> people) {
}
