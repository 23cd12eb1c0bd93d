package fr.tremplin.core.ranking;

import fr.tremplin.core.seeker.Public;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An adviser's free search for people (POST /api/v1/search/candidates). Every part is optional; what is
 * given both selects and ranks. Only ACTIVE people who agreed to be proposed are ever returned.
 *
 * @param text            free French text, matched against the person's job titles and summary; any characters are
 *                        safe (no query syntax is interpreted); the first {@value #MAX_TEXT_LENGTH} characters count
 * @param occupations     ROME codes; people are ranked by proximity to the nearest one (same, close or evolution
 *                        mobility, same domain)
 * @param skills          ROME skill codes, ranked by coverage (rare ones weigh more)
 * @param communeInsee    a place: people are ranked by distance to its centre and must be able to get there
 *                        (their own mobility radius); {@code null} for anywhere
 * @param radiusKm        with a place: only people living within this many km (1 to 300); {@code null} for no limit
 *                        beyond the person's own radius
 * @param publics         keep only people in at least one of these publics; empty for everyone
 * @param licences        keep only people holding all of these licences (a higher licence counts: CE covers C)
 * @param availableBefore keep only people available on or before this day; {@code null} for any
 * @param unit            keep only the people followed by this employment unit; {@code null} for every unit
 * @param page            which page, and whether to count exactly
 */
public record FreeSearchQuery(String text, List<String> occupations, List<String> skills, String communeInsee,
                              Integer radiusKm, Set<Public> publics, Set<String> licences, LocalDate availableBefore,
                              String unit, PageRequest page) {

    /** Longest text taken into account; the rest is ignored. */
    public static final int MAX_TEXT_LENGTH = 2_000;

    public FreeSearchQuery {
        text = text == null ? "" : text;
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        skills = skills == null ? List.of() : List.copyOf(skills);
        communeInsee = communeInsee == null || communeInsee.isBlank() ? null : communeInsee.trim();
        publics = publics == null ? Set.of() : Set.copyOf(publics);
        licences = licences == null ? Set.of() : Set.copyOf(licences);
        unit = unit == null || unit.isBlank() ? null : unit;
        Objects.requireNonNull(page, "page");
    }

    /** A search on text alone, first page of 20. */
    public static FreeSearchQuery text(String text) {
        return new FreeSearchQuery(text, List.of(), List.of(), null, null, Set.of(), Set.of(), null, null,
                PageRequest.of(0, 20));
    }
}
