package fr.tremplin.api.web.ranking;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

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
 * @param warning      why proposing this person again needs a second thought ("Déjà proposée pour cette offre…"),
 *                     null when nothing is known against it
 * @param onOpenList   already on an open list for this vacancy (a draft or a proposal awaiting its answer): cannot
 *                     be ticked again
 */
public record CandidateView(String jobSeekerId, String displayName, double score, @Nullable Double distanceKm,
                            String unit, List<Contribution> contributions, List<String> matchedSkills,
                            List<String> missingSkills, List<String> eligibility, boolean selected,
                            @Nullable String warning, boolean onOpenList) {

    public CandidateView selected(boolean value) {
        return new CandidateView(jobSeekerId, displayName, score, distanceKm, unit, contributions, matchedSkills,
                missingSkills, eligibility, value, warning, onOpenList);
    }

    public CandidateView marked(@Nullable String why, boolean open) {
        return new CandidateView(jobSeekerId, displayName, score, distanceKm, unit, contributions, matchedSkills,
                missingSkills, eligibility, selected, why, open);
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }

    public String distance() {
        return distanceKm == null ? "distance inconnue" : fr.tremplin.core.wording.FrenchNumbers.km(distanceKm);
    }
}
