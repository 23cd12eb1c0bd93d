package fr.tremplin.core.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The analyzers of Tremplin, defined once and referred to by name, so indexing and querying cannot drift
 * apart. Both share the same front end (see {@link FrenchTextAnalyzer}):
 * <ol>
 *   <li>a char filter that drops the French feminine marks glued to a word: "agent(e)", "soudeur(se)",
 *       "technicien(ne)", "préparateur(trice)" become "agent", "soudeur"... (no stray "e" token);</li>
 *   <li>{@code StandardTokenizer} (Unicode word breaks: "Aide-maçon" → Aide, maçon; "PL/SPL" → PL, SPL;
 *       "R489" stays whole; "d'entretien" is one token until the elision filter);</li>
 *   <li>elision of the French articles l', d', qu', j', m', t', s', n', c' (straight or typographic apostrophe);</li>
 *   <li>lower case.</li>
 * </ol>
 * {@link #FRENCH} then removes the French stop words (Snowball list), folds accents to ASCII and applies
 * Lucene's {@code FrenchLightStemFilter}, so "employée", "employé" and "employe" give one token, and
 * "agente" meets "agent". Folding comes <em>before</em> stemming so that text typed without accents
 * analyses exactly like accented text; the stemmer's one accent-dependent rule that matters for job
 * titles (-ère → -er, "infirmière") is kept by {@link GraveAccentRestoreFilter}.
 * {@link #FOLDING} stops after the accent folding: no stop words, no stemming (autocomplete, names,
 * keyword-like text, fuzzy matching on what people actually type).
 *
 * <p>Each factory returns a new analyzer; analyzers are thread-safe and reusable, the caller closes them.
 */
public final class Analyzers {

    /** Stemmed French text: free text of seekers and vacancies, job titles, skills. */
    public static final String FRENCH = "french";
    /** Accent- and case-folded words, not stemmed, stop words kept. */
    public static final String FOLDING = "folding";

    private Analyzers() {
    }

    public static Analyzer french() {
        return new FrenchTextAnalyzer(true);
    }

    public static Analyzer folding() {
        return new FrenchTextAnalyzer(false);
    }

    /**
     * The analyzer registered under {@code name}.
     *
     * @throws IllegalArgumentException naming the known analyzers, when the name is unknown
     */
    public static Analyzer byName(String name) {
        return switch (name) {
            case FRENCH -> french();
            case FOLDING -> folding();
            default -> throw new IllegalArgumentException("Unknown analyzer '" + name + "': use "
                    + FRENCH + " or " + FOLDING);
        };
    }

    /** The French stop words removed by {@link #FRENCH} (Lucene's copy of the Snowball list, lower case). */
    public static CharArraySet frenchStopWords() {
        return FrenchAnalyzer.getDefaultStopSet();
    }

    /** The terms {@code analyzer} produces for {@code text} (field name {@code ""}), in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        eachTerm(analyzer, text, term -> {
            terms.add(term);
            return true;
        });
        return terms;
    }

    /**
     * Hands the terms {@code analyzer} produces for {@code text} (field name {@code ""}), in order, to
     * {@code consumer} until it answers {@code false}: the rest of the text is then not analysed.
     */
    public static void eachTerm(Analyzer analyzer, String text, Predicate<String> consumer) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            boolean more = true;
            while (more && stream.incrementToken()) {
                more = consumer.test(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyse '" + text + "'", e);
        }
    }
}
