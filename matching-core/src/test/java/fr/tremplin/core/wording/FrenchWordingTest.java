package fr.tremplin.core.wording;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.ranking.Facets;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.vacancy.ContractType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchWordingTest {
    /** An upper-case code with an underscore, or a whole enum name, is what must never reach a reader. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z0-9_]+\\b");

    @Test
    void everyCodeOfTheDomainHasAFrenchLabelWithoutUpperCaseCodes() {
        List<String> labels = new ArrayList<>();
        for (Public p : Public.values()) {
            labels.add(FrenchLabels.publicShort(p));
            labels.add(FrenchLabels.publicLong(p));
            labels.add(FrenchLabels.facetValue(Facets.PUBLICS, p.name()));
        }
        for (Programme p : Programme.values()) {
            labels.add(FrenchLabels.programmeShort(p));
            labels.add(FrenchLabels.programmeLong(p));
            labels.add(FrenchLabels.facetValue(Facets.PROGRAMMES, p.name()));
        }
        for (ContractType c : ContractType.values()) {
            labels.add(FrenchLabels.contractType(c));
        }
        for (EmployerKind k : EmployerKind.values()) {
            labels.add(FrenchLabels.employerKind(k));
        }
        assertThat(labels).allSatisfy(label -> {
            assertThat(CODE.matcher(label).find()).as(label).isFalse();
            assertThat(label).isNotIn("LONG_TERM_UNEMPLOYED", "SENIOR_50_PLUS", "APPRENTICESHIP", "INSERTION_CLAUSE");
        });
        assertThat(FrenchLabels.facetValue(Facets.PUBLICS, "RSA")).isEqualTo("RSA");
        assertThat(FrenchLabels.facetValue(Facets.PUBLICS, "LONG_TERM_UNEMPLOYED")).isEqualTo("Chômage de longue durée");
        assertThat(FrenchLabels.facetValue(Facets.PROGRAMMES, "APPRENTICESHIP")).isEqualTo("Apprentissage");
    }

    @Test
    void distanceBandsSayKilometres() {
        assertThat(FrenchLabels.facetValue(Facets.DISTANCE, "0-5")).isEqualTo("Moins de 5 km");
        assertThat(FrenchLabels.facetValue(Facets.DISTANCE, "10-20")).isEqualTo("10 à 20 km");
        assertThat(FrenchLabels.facetValue(Facets.DISTANCE, "50+")).isEqualTo("50 km et plus");
    }

    @Test
    void facetNamesAreFrenchAndUnknownValuesPassThrough() {
        assertThat(FrenchLabels.facet(Facets.EMPLOYMENT_UNIT)).isEqualTo("Unité emploi");
        assertThat(FrenchLabels.facet(Facets.PROGRAMMES)).isEqualTo("Dispositifs accessibles");
        assertThat(FrenchLabels.facetValue(Facets.PUBLICS, "INCONNU")).isEqualTo("INCONNU");
        assertThat(FrenchLabels.facetValue(Facets.EMPLOYMENT_UNIT, "NANTES-NORD")).isEqualTo("NANTES-NORD");
    }

    @Test
    void thousandsAreSeparatedByANarrowNoBreakSpace() {
        assertThat(FrenchNumbers.count(28000)).isEqualTo("28\u202F000");
        assertThat(FrenchNumbers.count(1_612)).isEqualTo("1\u202F612");
        assertThat(FrenchNumbers.count(576)).isEqualTo("576");
        assertThat(FrenchNumbers.count(28000, "personne", "personnes")).isEqualTo("28\u202F000 personnes");
        assertThat(FrenchNumbers.count(1, "personne", "personnes")).isEqualTo("1 personne");
        assertThat(FrenchNumbers.number(12345.67)).isEqualTo("12\u202F345,7");
        assertThat(FrenchNumbers.km(12.44)).isEqualTo("12,4 km");
    }

    @Test
    void contributionsAreWrittenInPointsOutOf100LikeTheScore() {
        assertThat(FrenchNumbers.scoreOutOf100(0.684)).isEqualTo("68");
        assertThat(FrenchNumbers.points(0.52)).isEqualTo("+52 points");
        assertThat(FrenchNumbers.points(0.4123)).isEqualTo("+41,2 points");
        assertThat(FrenchNumbers.points(0.004)).isEqualTo("+0,4 point");
        assertThat(FrenchNumbers.points(0)).isEqualTo("+0 point");
        assertThat(FrenchNumbers.points(-0.05)).isEqualTo("−5 points");
    }
}
