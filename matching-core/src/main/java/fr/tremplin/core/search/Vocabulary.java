package fr.tremplin.core.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct words of one field, grouped by first letter, to find the words a typo away from a query
 * word. A scan with a bounded edit distance over the few hundred words sharing the first letter takes
 * tens of microseconds, where building Lucene's two-edit Levenshtein automaton for a long word takes
 * about a millisecond (measured here).
 */
final class Vocabulary {

    private final Map<Character, List<String>> byFirstLetter;

    private Vocabulary(Map<Character, List<String>> byFirstLetter) {
        this.byFirstLetter = byFirstLetter;
    }

    static Vocabulary of(IndexReader reader, String field) throws IOException {
        Map<Character, List<String>> words = new HashMap<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                String word = term.utf8ToString();
                words.computeIfAbsent(word.charAt(0), letter -> new ArrayList<>()).add(word);
            }
        }
        words.replaceAll((letter, list) -> List.copyOf(list));
        return new Vocabulary(Map.copyOf(words));
    }

    /**
     * The words with the same first letter as {@code word} at one edit (index 0) and at two edits (index 1)
     * from it (insertion, deletion, substitution or swap of two neighbours), up to {@code maxEdits} (0 to 2).
     */
    List<List<String>> near(String word, int maxEdits) {
        List<String> oneEdit = new ArrayList<>();
        List<String> twoEdits = new ArrayList<>();
        if (maxEdits > 0) {
            EditDistance distance = new EditDistance(word, maxEdits);
            for (String candidate : byFirstLetter.getOrDefault(word.charAt(0), List.of())) {
                int edits = distance.to(candidate);
                if (edits == 1) {
                    oneEdit.add(candidate);
                } else if (edits == 2 && maxEdits == 2) {
                    twoEdits.add(candidate);
                }
            }
        }
        return List.of(oneEdit, twoEdits);
    }
}
