package fr.tremplin.core.search;

import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommuneSearchTest {

    private static CommuneSearch search;

    @BeforeAll
    static void build() {
        long start = System.nanoTime();
        search = CommuneSearch.build(TestReferential.get());
        System.out.printf("CommuneSearch built in %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "44600, 44184",
            "st nazaire, 44184",
            "St-Nazaire, 44184",
            "saint nazaire, 44184",
            "SAINT-NAZAIRE, 44184",
            "st nazair, 44184",
            "saint nazaure, 44184",
            "reze, 44143",
            "Rezé, 44143",
            "nantes, 44109",
            "guerande, 44069",
            "la chapelle sur erdre, 44035",
            "chapelle-sur-erdre, 44035",
            "ste luce, 44172",
            "st herblain, 44162",
            "bouguenai, 44020",
    })
    void findsTheCommuneFirst(String query, String insee) {
        assertThat(search.search(query, 5)).first().extracting(CommuneMatch::insee).isEqualTo(insee);
    }

    @Test
    void postalCodeGivesTheCommuneWithItsCodes() {
        assertThat(search.search("44600", 5)).singleElement()
                .satisfies(match -> {
                    assertThat(match.name()).isEqualTo("Saint-Nazaire");
                    assertThat(match.postalCodes()).containsExactly("44600");
                });
    }

    @Test
    void postalCodePrefixListsExactCodeFirstThenBiggerTowns() {
        List<CommuneMatch> matches = search.search("44", 3);

        assertThat(matches).extracting(CommuneMatch::name).containsExactly("Nantes", "Saint-Nazaire", "Saint-Herblain");
    }

    @Test
    void sharedPostalCodeListsEveryCommuneThatUsesIt() {
        List<CommuneMatch> matches = search.search("44240", 10);

        assertThat(matches).extracting(CommuneMatch::insee).containsExactlyInAnyOrder(
                TestReferential.get().communesByPostalCode("44240").stream().map(c -> c.insee()).toArray(String[]::new));
    }

    @Test
    void ambiguousNameRanksBiggerTownsFirst() {
        List<CommuneMatch> matches = search.search("saint", 3);

        assertThat(matches).extracting(CommuneMatch::name).startsWith("Saint-Nazaire", "Saint-Herblain");
    }

    @Test
    void limitMustBePositive() {
        assertThatThrownBy(() -> search.search("nantes", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.search("44", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
