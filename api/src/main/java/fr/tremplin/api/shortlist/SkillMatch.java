package fr.tremplin.api.shortlist;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Why a person fits a vacancy, skill by skill: the vacancy's required and nice-to-have skills the person has and
 * lacks, each with its French ROME label. Derived from the skills already in the profile, so it tells an employer
 * nothing the profile does not.
 */
@Serdeable
public record SkillMatch(List<LabeledCode> requiredHave, List<LabeledCode> requiredMissing,
                         List<LabeledCode> niceToHaveHave, List<LabeledCode> niceToHaveMissing) {

    static SkillMatch of(List<String> requiredOrNull, List<String> niceOrNull, Set<String> has,
                         Function<String, LabeledCode> label) {
        List<String> required = requiredOrNull == null ? List.of() : requiredOrNull;
        List<String> niceToHave = niceOrNull == null ? List.of() : niceOrNull;
        return new SkillMatch(
                required.stream().filter(has::contains).map(label).toList(),
                required.stream().filter(s -> !has.contains(s)).map(label).toList(),
                niceToHave.stream().filter(has::contains).map(label).toList(),
                niceToHave.stream().filter(s -> !has.contains(s)).map(label).toList());
    }
}
