package fr.tremplin.core.search;

import fr.tremplin.core.referential.JobTitle;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds ROME occupations from what an adviser types: over the 11,036 job titles (appellations) and the 532
 * occupation labels, tolerant of accents, case, plural and feminine forms, one or two typos, word order
 * and an unfinished last word; exact titles first, then titles with all the words, then partial and
 * fuzzy matches (see {@link LabelQuery}). One result per occupation, with its best-matching title.
 * Build it once at start-up; thread-safe.
 */
public final class OccupationSearch {

    private final Referential referential;
    private final LabelIndex index;

    private OccupationSearch(Referential referential, LabelIndex index) {
        this.referential = referential;
        this.index = index;
    }

    public static OccupationSearch build(Referential referential) {
        Objects.requireNonNull(referential, "referential");
        List<LabelEntry> entries = new ArrayList<>();
        for (JobTitle title : referential.jobTitles()) {
            entries.add(new LabelEntry(title.occupationCode(), title.label(), 0));
        }
        for (Occupation occupation : referential.occupations()) {
            entries.add(new LabelEntry(occupation.code(), occupation.label(), 0));
        }
        return new OccupationSearch(referential, LabelIndex.build(entries));
    }

    /** At most {@code limit} occupations, best first; empty for a blank query. */
    public List<OccupationMatch> search(String query, int limit) {
        return index.search(Objects.requireNonNull(query, "query"), limit).stream()
                .map(hit -> new OccupationMatch(hit.key(), label(hit.key()), hit.text(), hit.score()))
                .toList();
    }

    private String label(String code) {
        return referential.occupation(code).map(Occupation::label).orElseThrow();
    }
}
