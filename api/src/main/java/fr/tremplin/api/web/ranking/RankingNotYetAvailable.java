package fr.tremplin.api.web.ranking;

import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Until the ranking is plugged in: both panels say, in French, that it is coming. */
@Singleton
@Secondary
public class RankingNotYetAvailable implements CandidateSource, VacancyMatchSource {
    static final String CANDIDATES = "Le classement des candidats arrive bientôt : il s'appuiera sur le moteur de "
            + "rapprochement (métier, compétences, distance, éligibilité) et chaque rang sera expliqué.";
    static final String VACANCIES = "Le classement des offres pour cette personne arrive bientôt.";

    @Override
    public RankedPanel<CandidateView> candidatesFor(Vacancy vacancy, CandidateFilters filters) {
        return RankedPanel.notYetAvailable(CANDIDATES);
    }

    @Override
    public RankedPanel<RankedVacancyView> vacanciesFor(String jobSeekerId) {
        return RankedPanel.notYetAvailable(VACANCIES);
    }
}
