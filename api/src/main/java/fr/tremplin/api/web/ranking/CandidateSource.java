package fr.tremplin.api.web.ranking;

import fr.tremplin.data.vacancy.Vacancy;

/** Ranks people for a vacancy, for the "Candidats classés" panel of the vacancy page. */
public interface CandidateSource {
    RankedPanel<CandidateView> candidatesFor(Vacancy vacancy, CandidateFilters filters);
}
