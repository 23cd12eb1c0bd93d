package fr.tremplin.api.matching;

import fr.tremplin.core.ranking.Contribution;
import fr.tremplin.core.ranking.MatchExplanation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Response shapes of the matching endpoints (API.md "Matching"). */
public final class MatchDtos {
    private MatchDtos() {
    }

    @Serdeable
    public record ContributionDto(String feature, String label, double value) {
        static ContributionDto of(Contribution c) {
            return new ContributionDto(c.feature(), c.label(), c.value());
        }
    }

    /** Why a hit got its score: contributions add up to the score; skills as codes with their labels. */
    @Serdeable
    public record ExplanationDto(List<ContributionDto> contributions, List<SkillRef> matchedSkills,
                                 List<SkillRef> missingSkills, List<String> eligibility) {
    }

    @Serdeable
    public record SkillRef(String code, String label) {}

    @Serdeable
    public record CandidateItem(String jobSeekerId, String displayName, double score, @Nullable Double distanceKm,
                                String employmentUnit, ExplanationDto explanation) {}

    @Serdeable
    public record VacancyItem(String vacancyId, String title, String employerId, String employerName,
                              String occupation, String communeInsee, String contractType, double score,
                              double distanceKm, ExplanationDto explanation) {}

    /**
     * A page of ranked hits; {@code totalExact} is false when the count stopped at the search depth limit;
     * {@code stale} is true when the database was away and the page was answered from the index alone (names and
     * units as the index last saw them; the header {@code X-Tremplin-Donnees: perimees} says the same).
     */
    @Serdeable
    public record MatchPage<T>(List<T> items, long total, boolean totalExact, int page, int size,
                               Map<String, Map<String, Long>> facets, boolean stale) {}

    static ExplanationDto explanation(MatchExplanation e, java.util.function.Function<String, String> skillLabel) {
        return new ExplanationDto(e.contributions().stream().map(ContributionDto::of).toList(),
                e.matchedSkills().stream().map(code -> new SkillRef(code, skillLabel.apply(code))).toList(),
                e.missingSkills().stream().map(code -> new SkillRef(code, skillLabel.apply(code))).toList(),
                e.eligibility());
    }
}
