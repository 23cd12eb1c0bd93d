package fr.tremplin.core.search;

import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds communes by name (accents, hyphens, case, typos, "st"/"ste" for saint/sainte, an unfinished last
 * word) or by postal code or its beginning ("446" → 44600 Saint-Nazaire...). Among equal matches the more
 * populated commune comes first. Build it once at start-up; thread-safe.
 */
public final class CommuneSearch {

    private static final Pattern POSTAL_CODE_START = Pattern.compile("\\d{2,5}");
    private static final Pattern ST = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])st(e?)(?![\\p{L}\\p{N}])");

    private final Referential referential;
    private final LabelIndex index;
    private final double logMaxPopulation;

    private CommuneSearch(Referential referential, LabelIndex index, double logMaxPopulation) {
        this.referential = referential;
        this.index = index;
        this.logMaxPopulation = logMaxPopulation;
    }

    public static CommuneSearch build(Referential referential) {
        Objects.requireNonNull(referential, "referential");
        double logMax = Math.log1p(referential.communes().stream().mapToInt(Commune::population).max().orElse(1));
        List<LabelEntry> entries = referential.communes().stream()
                .map(commune -> new LabelEntry(commune.insee(), commune.name(), prior(commune, logMax)))
                .toList();
        return new CommuneSearch(referential, LabelIndex.build(entries), logMax);
    }

    /** At most {@code limit} communes, best first; empty for a blank query. */
    public List<CommuneMatch> search(String query, int limit) {
        String text = Objects.requireNonNull(query, "query").strip();
        if (POSTAL_CODE_START.matcher(text).matches()) {
            return byPostalCode(text, limit);
        }
        String expanded = ST.matcher(query).replaceAll(match -> match.group(1).isEmpty() ? "saint" : "sainte");
        return index.search(expanded, limit).stream()
                .map(hit -> {
                    Commune commune = referential.commune(hit.key()).orElseThrow();
                    return new CommuneMatch(commune.insee(), commune.name(), commune.postalCodes(), hit.score());
                })
                .toList();
    }

    /** Communes with a postal code starting with {@code digits}: exact codes first, then by population. */
    private List<CommuneMatch> byPostalCode(String digits, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return referential.communes().stream()
                .filter(commune -> commune.postalCodes().stream().anyMatch(code -> code.startsWith(digits)))
                .map(commune -> new CommuneMatch(commune.insee(), commune.name(), commune.postalCodes(),
                        (commune.postalCodes().contains(digits) ? LabelQuery.EXACT_WORD : LabelQuery.PREFIX)
                                + prior(commune, logMaxPopulation)))
                .sorted(Comparator.comparingDouble(CommuneMatch::score).reversed()
                        .thenComparing(CommuneMatch::insee))
                .limit(limit)
                .toList();
    }

    /** log(1 + population) / log(1 + largest population): in [0, 1], bigger towns first among equals. */
    private static float prior(Commune commune, double logMaxPopulation) {
        return (float) Math.min(1, Math.log1p(Math.max(0, commune.population())) / logMaxPopulation);
    }
}
