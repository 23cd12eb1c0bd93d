package fr.tremplin.api.web.ranking;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * One ranked person on a vacancy page: what the adviser needs to judge the rank (score and its contributions,
 * skills matched and missing, distance, programmes) and to pick the person for the shortlist.
 *
 * @param jobSeekerId  the person's id (value of the shortlist checkbox, link to the person page)
 * @param displayName  "Amina D." (the API's pseudonymised display name)
 * @param score        0..1
 * @param distanceKm   home to workplace, null when unknown
 * @param unit         the person's employment unit (name)
 * @param eligibility  programme labels, e.g. "Parcours emploi compétences (PEC)"
 * @param selected     already in the shortlist being built
 */
public record CandidateView(String jobSeekerId, String displayName, double score, @Nullable Double distanceKm,
                            String unit, List<Contribution> contributions, List<String> matchedSkills,
                            List<String> missingSkills, List<String> eligibility, boolean selected) {

    public int percent() {
        return (int) Math.round(score * 100);
    }

    public String distance() {
        return distanceKm == null ? "distance inconnue" : String.format(Locale.FRANCE, "%.1f km", distanceKm);
    }
}
