package fr.tremplin.api.referential;

import fr.tremplin.api.referential.ReferentialDtos.CommuneDto;
import fr.tremplin.api.referential.ReferentialDtos.OccupationHit;
import fr.tremplin.api.referential.ReferentialDtos.SkillDto;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.JobTitle;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accent- and case-insensitive lookup over labels and job titles: every word of the query must start a word
 * of the label; exact and prefix matches first. (The typo-tolerant Lucene search replaces it with the index.)
 */
@Singleton
public class ReferentialSearch {
    private record Entry(String normalized, String code, String label, String matchedTitle) {}

    private final Referential referential;
    private final List<Entry> occupationEntries = new ArrayList<>();
    private final List<Entry> skillEntries = new ArrayList<>();
    private final List<Entry> communeEntries = new ArrayList<>();

    public ReferentialSearch(Referential referential) {
        this.referential = referential;
        for (Occupation o : referential.occupations()) {
            occupationEntries.add(new Entry(TextNormalizer.normalize(o.label()), o.code(), o.label(), null));
        }
        for (JobTitle t : referential.jobTitles()) {
            String label = referential.occupation(t.occupationCode()).map(Occupation::label).orElse("");
            occupationEntries.add(new Entry(TextNormalizer.normalize(t.label()), t.occupationCode(), label, t.label()));
        }
        for (Skill s : referential.skills()) {
            skillEntries.add(new Entry(TextNormalizer.normalize(s.label()), s.code(), s.label(), null));
        }
        for (Commune c : referential.communes()) {
            String keys = TextNormalizer.normalize(c.name()) + " " + String.join(" ", c.postalCodes());
            communeEntries.add(new Entry(keys, c.insee(), c.name(), null));
        }
    }

    public List<OccupationHit> occupations(String q, int limit) {
        Map<String, OccupationHit> byCode = new LinkedHashMap<>();
        for (Entry e : ranked(occupationEntries, q)) {
            byCode.putIfAbsent(e.code(), new OccupationHit(e.code(), e.label(), e.matchedTitle()));
            if (byCode.size() == limit) {
                break;
            }
        }
        return List.copyOf(byCode.values());
    }

    public List<SkillDto> skills(String q, int limit) {
        return ranked(skillEntries, q).stream().limit(limit)
                .map(e -> referential.skill(e.code()).orElseThrow())
                .map(s -> new SkillDto(s.code(), s.label(), s.kind().name())).toList();
    }

    public List<CommuneDto> communes(String q, int limit) {
        return ranked(communeEntries, q).stream().limit(limit)
                .map(e -> referential.commune(e.code()).orElseThrow())
                .map(c -> new CommuneDto(c.insee(), c.name(), c.postalCodes(), c.lat(), c.lon(), c.population()))
                .toList();
    }

    private static List<Entry> ranked(List<Entry> entries, String q) {
        String query = TextNormalizer.normalize(q);
        if (query.isEmpty()) {
            return List.of();
        }
        String[] words = query.split(" ");
        return entries.stream()
                .filter(e -> allWordsStartWords(e.normalized(), words))
                .sorted(Comparator.comparingInt((Entry e) -> rank(e.normalized(), query))
                        .thenComparingInt(e -> e.normalized().length()))
                .toList();
    }

    private static boolean allWordsStartWords(String text, String[] words) {
        String padded = " " + text;
        for (String w : words) {
            if (!padded.contains(" " + w)) {
                return false;
            }
        }
        return true;
    }

    private static int rank(String text, String query) {
        if (text.equals(query)) {
            return 0;
        }
        return text.startsWith(query) ? 1 : 2;
    }
}
