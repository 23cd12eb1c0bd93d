package fr.tremplin.core.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * Puts back the grave accent of a folded "-ere" ending (words of 9 letters or more, a plural s aside) just before
 * {@code FrenchLightStemFilter}, whose feminine rule only fires on "-ère": without it, "infirmière" and
 * "infirmiere" (typed without accent) would stem to "infirmier" while "infirmier" gives "infirmi". With
 * it, all three give "infirmi", exactly as the stemmer treats accented text. Unaccented French words
 * ending in "-ere" hardly exist, so nothing else changes.
 */
final class GraveAccentRestoreFilter extends TokenFilter {

    /** FrenchLightStemmer applies its -ère rule to words longer than 8 characters. */
    private static final int STEMMER_MIN_LENGTH = 9;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    GraveAccentRestoreFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            char[] buffer = term.buffer();
            int length = term.length();
            if (length > 0 && buffer[length - 1] == 's') {
                length--; // the stemmer drops a plural s before its -ère rule
            }
            if (length >= STEMMER_MIN_LENGTH
                    && buffer[length - 3] == 'e' && buffer[length - 2] == 'r' && buffer[length - 1] == 'e') {
                buffer[length - 3] = 'è';
            }
        }
        return true;
    }
}
