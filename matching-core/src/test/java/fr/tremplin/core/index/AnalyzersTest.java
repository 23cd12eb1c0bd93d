package fr.tremplin.core.index;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real strings, tokenized as an adviser would expect (Lucene's assertAnalyzesTo, in AssertJ). */
class AnalyzersTest {

    private static final Analyzer FRENCH = Analyzers.french();
    private static final Analyzer FOLDING = Analyzers.folding();

    @AfterAll
    static void close() {
        FRENCH.close();
        FOLDING.close();
    }

    private static void assertAnalyzesTo(Analyzer analyzer, String text, String... terms) {
        assertThat(Analyzers.terms(analyzer, text)).as("terms of '%s'", text).containsExactly(terms);
    }

    private static void assertSameTerms(String... texts) {
        for (String text : texts) {
            assertThat(Analyzers.terms(FRENCH, text)).as("terms of '%s' vs '%s'", text, texts[0])
                    .isEqualTo(Analyzers.terms(FRENCH, texts[0]));
        }
    }

    @Test
    void eachTermStopsWhenAskedAndLeavesTheAnalyzerReusable() {
        String text = "Maçon coffreur, chef d'équipe béton armé";
        java.util.List<String> seen = new java.util.ArrayList<>();
        Analyzers.eachTerm(FRENCH, text, term -> {
            seen.add(term);
            return seen.size() < 2;
        });
        assertThat(seen).isEqualTo(Analyzers.terms(FRENCH, text).subList(0, 2)).startsWith("macon");
        assertAnalyzesTo(FRENCH, "Aide-maçon", "aide", "macon");
    }

    @Test
    void hyphenatedTitleSplitsAndLosesItsAccents() {
        assertAnalyzesTo(FRENCH, "Aide-maçon", "aide", "macon");
        assertAnalyzesTo(FOLDING, "Aide-maçon", "aide", "macon");
    }

    @Test
    void feminineMarkInBracketsLeavesNoStrayToken() {
        assertAnalyzesTo(FRENCH, "agent(e) d'entretien", "agent", "entretien");
        assertAnalyzesTo(FOLDING, "agent(e) d'entretien", "agent", "entretien");
        assertAnalyzesTo(FOLDING, "Technicien(ne) forestier(ère), soudeur(se)", "technicien", "forestier", "soudeur");
        assertAnalyzesTo(FOLDING, "Préparateur(trice) de commandes", "preparateur", "de", "commandes");
    }

    @Test
    void stemmingLetsFeminineAndMasculineMeet() {
        assertSameTerms("agent", "agente", "agents", "Agente");
        assertSameTerms("employé", "employée", "employe", "Employés", "EMPLOYEE");
        assertSameTerms("aide soignant", "aide-soignante", "Aide soignantes");
        assertSameTerms("maçon", "maçonne", "macon", "MACONNE");
        assertSameTerms("préparateur", "préparatrice", "preparatrice");
        assertSameTerms("soudeur", "soudeuse", "soudeurs");
    }

    @Test
    void textTypedWithoutAccentsAnalysesLikeAccentedText() {
        assertSameTerms("infirmière", "infirmiere", "infirmier", "Infirmières");
        assertSameTerms("caissière", "caissiere", "caissier");
        assertSameTerms("électricien", "electricien", "ELECTRICIEN");
    }

    @Test
    void certificatesAndLicencesStayWhole() {
        assertAnalyzesTo(FRENCH, "CACES R489", "cace", "r489");
        assertAnalyzesTo(FOLDING, "CACES R489", "caces", "r489");
        assertAnalyzesTo(FRENCH, "conducteur PL/SPL", "conduct", "pl", "spl");
        assertAnalyzesTo(FOLDING, "conducteur PL/SPL", "conducteur", "pl", "spl");
    }

    @Test
    void libreServiceGivesOneTokenPerWordWhateverTheGender() {
        assertAnalyzesTo(FRENCH, "Employé(e) libre-service", "employ", "libr", "servic");
        assertSameTerms("Employé(e) libre-service", "employée libre service", "Employe Libre-Service");
    }

    @Test
    void frenchArticlesAreElidedWithEitherApostrophe() {
        assertAnalyzesTo(FRENCH, "l'entretien d’espaces qu'il j'aime", "entretien", "espac", "aime");
        assertAnalyzesTo(FOLDING, "L’aide à domicile", "aide", "a", "domicile");
    }

    @Test
    void frenchRemovesStopWordsFoldingKeepsThem() {
        assertAnalyzesTo(FRENCH, "agent de la voirie et des espaces verts", "agent", "voir", "espac", "vert");
        assertAnalyzesTo(FOLDING, "la Chapelle-sur-Erdre", "la", "chapelle", "sur", "erdre");
    }

    @Test
    void analyzersAreFoundByName() {
        try (Analyzer french = Analyzers.byName(Analyzers.FRENCH); Analyzer folding = Analyzers.byName(Analyzers.FOLDING)) {
            assertThat(Analyzers.terms(french, "Maçonnes")).containsExactly("macon");
            assertThat(Analyzers.terms(folding, "Maçonnes")).containsExactly("maconnes");
        }
        assertThatThrownBy(() -> Analyzers.byName("english"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("french").hasMessageContaining("folding");
    }
}
