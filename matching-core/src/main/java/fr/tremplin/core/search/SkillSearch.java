package fr.tremplin.core.search;

import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;

import java.util.List;
import java.util.Objects;

/**
 * Finds ROME skills (savoir-faire and savoirs linked to an occupation) by their label, with the same
 * tolerance and ranking as {@link OccupationSearch}. Build it once at start-up; thread-safe.
 */
public final class SkillSearch {

    private final Referential referential;
    private final LabelIndex index;

    private SkillSearch(Referential referential, LabelIndex index) {
        this.referential = referential;
        this.index = index;
    }

    public static SkillSearch build(Referential referential) {
        Objects.requireNonNull(referential, "referential");
        List<LabelEntry> entries = referential.skills().stream()
                .map(skill -> new LabelEntry(skill.code(), skill.label(), 0))
                .toList();
        return new SkillSearch(referential, LabelIndex.build(entries));
    }

    /** At most {@code limit} skills, best first; empty for a blank query. */
    public List<SkillMatch> search(String query, int limit) {
        return index.search(Objects.requireNonNull(query, "query"), limit).stream()
                .map(hit -> {
                    Skill skill = referential.skill(hit.key()).orElseThrow();
                    return new SkillMatch(skill.code(), skill.label(), skill.kind(), hit.score());
                })
                .toList();
    }
}
