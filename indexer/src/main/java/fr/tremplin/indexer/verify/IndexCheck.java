package fr.tremplin.indexer.verify;

import fr.tremplin.core.wording.FrenchNumbers;

import fr.tremplin.indexer.store.IndexKind;

import java.util.List;

/**
 * Database vs one index. Differences are counted in full and listed up to {@value #SAMPLE} ids each.
 *
 * @param index          which index
 * @param databaseRows   rows in the table
 * @param indexDocuments live documents in the index
 * @param contentCompared rows whose content hash was compared (all of them, or a periodic check's slice)
 * @param missingCount   rows without a document
 * @param extraCount     documents without a row (a person erased from the database but still in the index)
 * @param staleCount     documents whose version differs from the row's
 * @param alteredCount   documents with the row's version but another content hash than the row's mapping gives
 * @param duplicates     documents beyond one per id (0 unless upserts were bypassed)
 * @param missing        some missing ids
 * @param extra          some extra ids
 * @param stale          some stale documents
 * @param altered        some altered ids
 *
 * <p>The counts are those of what the check saw (the first reading of both sides, with the ids read again replaced by
 * their last reading), so that {@code indexDocuments - duplicates = databaseRows - missingCount + extraCount}.
 */
public record IndexCheck(IndexKind index, long databaseRows, long indexDocuments, long contentCompared,
                         long missingCount, long extraCount,
                         long staleCount, long alteredCount, long duplicates, List<String> missing,
                         List<String> extra, List<StaleDocument> stale, List<String> altered) {

    /** Ids listed per kind of difference. */
    public static final int SAMPLE = 20;

    public IndexCheck {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        stale = List.copyOf(stale);
        altered = List.copyOf(altered);
    }

    public boolean consistent() {
        return missingCount == 0 && extraCount == 0 && staleCount == 0 && alteredCount == 0 && duplicates == 0;
    }

    /** One line, e.g. "job seekers: 28,000 rows, 27,998 documents, 2 missing (3f2a…, 9bc1…)". */
    public String summary() {
        StringBuilder s = new StringBuilder("%s: %,d rows, %,d documents, %s".formatted(index.label(), databaseRows,
                indexDocuments, contentCompared == databaseRows ? "content of all compared"
                        : "content of %,d compared".formatted(contentCompared)));
        if (consistent()) {
            return s.append(", consistent").toString();
        }
        if (missingCount > 0) {
            s.append(", %,d missing %s".formatted(missingCount, missing));
        }
        if (extraCount > 0) {
            s.append(", %,d extra %s".formatted(extraCount, extra));
        }
        if (staleCount > 0) {
            s.append(", %,d stale %s".formatted(staleCount, stale));
        }
        if (alteredCount > 0) {
            s.append(", %,d altered %s".formatted(alteredCount, altered));
        }
        if (duplicates > 0) {
            s.append(", %,d duplicate documents".formatted(duplicates));
        }
        return s.toString();
    }

    /**
     * The same line in French, for the administration page and the API's index status, e.g. « personnes : 28 000
     * lignes, 27 998 documents, contenu comparé en entier, 2 absents de l'index (3f2a…, 9bc1…) ».
     */
    public String frenchSummary() {
        StringBuilder s = new StringBuilder((index == IndexKind.SEEKERS ? "personnes" : "offres") + " : "
                + FrenchNumbers.count(databaseRows, "ligne", "lignes") + ", "
                + FrenchNumbers.count(indexDocuments, "document", "documents") + ", "
                + (contentCompared == databaseRows ? "contenu comparé en entier"
                : "contenu comparé pour " + FrenchNumbers.count(contentCompared)));
        if (consistent()) {
            return s.append(", conforme").toString();
        }
        if (missingCount > 0) {
            s.append(", ").append(FrenchNumbers.count(missingCount)).append(" absent(s) de l'index ").append(missing);
        }
        if (extraCount > 0) {
            s.append(", ").append(FrenchNumbers.count(extraCount)).append(" en trop dans l'index ").append(extra);
        }
        if (staleCount > 0) {
            s.append(", ").append(FrenchNumbers.count(staleCount)).append(" en retard d'une version ")
                    .append(stale.stream().map(StaleDocument::id).toList());
        }
        if (alteredCount > 0) {
            s.append(", ").append(FrenchNumbers.count(alteredCount)).append(" au contenu différent ").append(altered);
        }
        if (duplicates > 0) {
            s.append(", ").append(FrenchNumbers.count(duplicates)).append(" document(s) en double");
        }
        return s.toString();
    }
}
