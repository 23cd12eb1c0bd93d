package fr.tremplin.core.search;

import fr.tremplin.core.index.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns what someone types into a {@link LabelIndex} query. Every query word scores by its best match
 * (constant scores, so rare and common words weigh the same and the number of matched words decides):
 * <pre>
 *   same word after stemming (plural, feminine, accents, case)   {@value #EXACT_WORD}
 *   prefix of a word, for the last word while typing             {@value #PREFIX}
 *   one edit away (typo, transposition; words of 3+ letters)     {@value #ONE_EDIT}
 *   two edits away (words of 6+ letters)                         {@value #TWO_EDITS}
 * </pre>
 * plus {@value #EXACT_TEXT} when the query has the same words as the whole entry (word order free), plus
 * the entry's shortness (1 / its number of distinct words) and prior, each at most 1. Typos are looked up
 * in the index's {@link Vocabulary} and keep the first letter (as a fuzzy query with prefix length 1).
 * The last word is "being typed" unless the text ends with a space. French stop words count for nothing,
 * except a last word being typed, which is then a prefix only ("agent d'en" → entretien); a single
 * letter being typed after other words is ignored until the next keystroke (it would match half the
 * index). Word order is free. {@link HitGroups} then keeps one hit per key.
 */
final class LabelQuery {

    static final float EXACT_WORD = 10;
    static final float PREFIX = 7;
    static final float ONE_EDIT = 5;
    static final float TWO_EDITS = 3;
    static final float EXACT_TEXT = 5;

    /** Longer queries are cut: nobody types twelve words into an autocomplete box. */
    static final int MAX_WORDS = 12;

    private final Analyzer folding;
    private final Analyzer french;
    private final Vocabulary vocabulary;

    LabelQuery(Analyzer folding, Analyzer french, Vocabulary vocabulary) {
        this.folding = folding;
        this.french = french;
        this.vocabulary = vocabulary;
    }

    /** The query for {@code text}, or empty when it has no word to look for. */
    Optional<Query> parse(String text) {
        List<String> words = Analyzers.terms(folding, text);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        boolean typing = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        if (typing && words.size() > 1 && words.get(words.size() - 1).length() == 1) {
            words = words.subList(0, words.size() - 1); // "chef d": one letter more narrows nothing yet
        }
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        int clauses = 0;
        for (int i = 0; i < words.size(); i++) {
            Optional<Query> word = word(words.get(i), typing && i == words.size() - 1);
            if (word.isPresent()) {
                anyWord.add(word.get(), Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(anyWord.build(), Occur.MUST)
                .add(FeatureField.newLinearQuery(LabelIndex.FEATURES, LabelIndex.SHORTNESS, 1), Occur.SHOULD)
                .add(FeatureField.newLinearQuery(LabelIndex.FEATURES, LabelIndex.PRIOR, 1), Occur.SHOULD);
        String signature = signature(french, text);
        if (!signature.isEmpty()) {
            query.add(scored(new TermQuery(new Term(LabelIndex.SIGNATURE, signature)), EXACT_TEXT), Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    /** The distinct stems of {@code text}, sorted, joined by spaces: equal for the same words in any order. */
    static String signature(Analyzer french, String text) {
        Set<String> stems = new TreeSet<>(Analyzers.terms(french, text));
        return String.join(" ", stems);
    }

    private Optional<Query> word(String word, boolean typing) {
        List<Query> ways = new ArrayList<>();
        List<String> stems = Analyzers.terms(french, word);
        for (String stem : stems) {
            ways.add(scored(new TermQuery(new Term(LabelIndex.STEMS, stem)), EXACT_WORD));
        }
        if (typing) {
            ways.add(scored(new PrefixQuery(new Term(LabelIndex.FOLDED, word)), PREFIX));
        }
        if (!stems.isEmpty()) {
            List<List<String>> near = vocabulary.near(word, word.length() >= 6 ? 2 : word.length() >= 3 ? 1 : 0);
            anyOf(near.get(0)).ifPresent(typos -> ways.add(scored(typos, ONE_EDIT)));
            anyOf(near.get(1)).ifPresent(typos -> ways.add(scored(typos, TWO_EDITS)));
        }
        return ways.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(ways, 0));
    }

    private static Optional<Query> anyOf(List<String> words) {
        return words.isEmpty() ? Optional.empty()
                : Optional.of(new TermInSetQuery(LabelIndex.FOLDED, words.stream().map(BytesRef::new).toList()));
    }

    private static Query scored(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }
}
