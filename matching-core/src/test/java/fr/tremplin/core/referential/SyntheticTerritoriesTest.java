package fr.tremplin.core.referential;

import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticTerritoriesTest {

    private final Referential real = TestReferential.get();

    @Test
    void copiesEveryCommuneUnderAnotherDepartmentNumber() {
        Referential national = real.withSyntheticTerritories(3);

        assertThat(national.communes()).hasSize(real.communes().size() * 4);
        Commune nantes = real.commune("44109").orElseThrow();
        Commune copy = national.commune("01109").orElseThrow();
        assertThat(copy.name()).isEqualTo(nantes.name() + " (copie 01)");
        assertThat(copy.population()).isEqualTo(nantes.population());
        assertThat(copy.postalCodes()).allMatch(p -> p.startsWith("01"));
        assertThat(national.commune("44109")).contains(nantes);
        assertThat(national.isCommune("04109")).isFalse();
    }

    @Test
    void aCopyKeepsItsInnerDistancesAndLiesFarFromTheOthers() {
        Referential national = real.withSyntheticTerritories(SyntheticTerritories.MAX_COPIES);
        // Nantes - Saint-Nazaire inside one copy: the same distance as in the real département, to 1 km
        // (longitudes shrink a little with the latitude of the copy)
        double inside = real.distanceKm("44109", "44184");
        assertThat(national.distanceKm("35109", "35184")).isCloseTo(inside, org.assertj.core.data.Offset.offset(15.0));
        // the same commune in two neighbouring copies is about a grid step (110 km) away or more
        List<String> numbers = List.of("01", "02", "35", "95");
        for (String a : numbers) {
            for (String b : numbers) {
                if (!a.equals(b)) {
                    assertThat(national.distanceKm(a + "109", b + "109")).isGreaterThan(90);
                }
            }
            assertThat(national.distanceKm(a + "109", "44109")).isGreaterThan(90);
        }
    }

    @Test
    void zeroCopiesIsTheRealReferentialAndTooManyIsRefused() {
        assertThat(real.withSyntheticTerritories(0)).isSameAs(real);
        assertThatThrownBy(() -> real.withSyntheticTerritories(SyntheticTerritories.MAX_COPIES + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("93");
    }
}
