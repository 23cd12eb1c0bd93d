package fr.tremplin.core.ranking;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysed texts kept for the text relevance: the same terms, in the same order, as analysing again. */
class AnalysedTextsTest {

    private static final String TITLE = "Maçon / Maçonne H/F en bâtiment";
    private static final String DESCRIPTION = "Chantiers de maçonnerie générale, coffrage et enduits ; le maçon lit les plans.";

    @Test
    void theTermsKeptAreThoseOfTheAnalysisInTheirOrderTheWeakOnesWithoutTheStrongOnes() {
        TextRelevance.AnalysedTexts texts = new TextRelevance.AnalysedTexts(4);
        TextRelevance.AnalysedText analysed = texts.get(TITLE, DESCRIPTION);

        Set<String> strong = TextRelevance.terms(TITLE, TextRelevance.MAX_STRONG_TERMS, Set.of());
        assertThat(analysed.strong()).containsExactlyElementsOf(strong).isNotEmpty();
        assertThat(analysed.weak()).containsExactlyElementsOf(
                TextRelevance.terms(DESCRIPTION, TextRelevance.MAX_WEAK_TERMS, strong)).isNotEmpty()
                .doesNotContainAnyElementsOf(strong);
        assertThat(texts.get(TITLE, DESCRIPTION)).as("kept").isSameAs(analysed);
        assertThat(texts.get(TITLE, null).weak()).as("another pair").isEmpty();
    }

    @Test
    void theLeastRecentlyUsedPairsAreForgottenBeyondTheCapacity() {
        TextRelevance.AnalysedTexts texts = new TextRelevance.AnalysedTexts(2);
        TextRelevance.AnalysedText first = texts.get("Maçon", null);
        TextRelevance.AnalysedText plumber = texts.get("Plombier", null);
        assertThat(texts.get("Maçon", null)).as("used again: no longer the eldest").isSameAs(first);
        texts.get("Électricien", null);
        assertThat(texts.size()).isEqualTo(2);
        assertThat(texts.get("Maçon", null)).as("still kept").isSameAs(first);
        TextRelevance.AnalysedText again = texts.get("Plombier", null);
        assertThat(again).as("forgotten, analysed again").isNotSameAs(plumber);
        assertThat(again.strong()).containsExactlyElementsOf(plumber.strong()).isNotEmpty();
    }

    @Test
    void theTextsKeptStayWithinTheirCharacterBudgetTheEldestOut() {
        TextRelevance.AnalysedTexts texts = new TextRelevance.AnalysedTexts(100, 20);
        TextRelevance.AnalysedText mason = texts.get("Maçon", "Chantiers"); // 14 characters
        texts.get("Maçon", "Chantiers");
        assertThat(texts.chars()).as("counted once").isEqualTo(14);
        TextRelevance.AnalysedText plumber = texts.get("Plombier", null); // 22 > 20: the eldest out
        assertThat(texts.size()).isEqualTo(1);
        assertThat(texts.chars()).isEqualTo(8);
        assertThat(texts.get("Plombier", null)).isSameAs(plumber);
        assertThat(texts.get("Maçon", "Chantiers")).as("forgotten, analysed again").isNotSameAs(mason);
        texts.get("Un intitulé bien plus long que le budget entier", null);
        assertThat(texts.size()).as("the newest pair is kept even alone over the budget").isEqualTo(1);
    }
}
