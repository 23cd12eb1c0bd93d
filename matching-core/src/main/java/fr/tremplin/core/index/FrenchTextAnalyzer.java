package fr.tremplin.core.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.Reader;
import java.util.regex.Pattern;

/** The analysis chain described in {@link Analyzers}; {@code stemming} selects FRENCH over FOLDING. */
final class FrenchTextAnalyzer extends Analyzer {

    /** A feminine or plural mark in brackets right after a letter: agent(e), soudeur(se), forestier(ère). */
    private static final Pattern FEMININE_MARK = Pattern.compile("(?<=\\p{L})\\(\\p{Ll}{1,5}\\)");

    private final boolean stemming;

    FrenchTextAnalyzer(boolean stemming) {
        this.stemming = stemming;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(FEMININE_MARK, "", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        if (stemming) {
            stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
            stream = new ASCIIFoldingFilter(stream);
            stream = new GraveAccentRestoreFilter(stream);
            stream = new FrenchLightStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
        return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
    }

    /** Several values of one text field do not make phrases across each other. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }
}
