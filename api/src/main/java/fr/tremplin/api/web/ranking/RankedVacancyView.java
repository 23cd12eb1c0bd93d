package fr.tremplin.api.web.ranking;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** One vacancy ranked for a person, on the person page. */
public record RankedVacancyView(String vacancyId, String title, String employer, double score,
                                @Nullable Double distanceKm, List<Contribution> contributions,
                                List<String> matchedSkills, List<String> missingSkills) {
    public int percent() {
        return (int) Math.round(score * 100);
    }

    public String distance() {
        return distanceKm == null ? "distance inconnue" : fr.tremplin.core.wording.FrenchNumbers.km(distanceKm);
    }
}
