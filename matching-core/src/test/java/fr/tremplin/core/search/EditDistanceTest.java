package fr.tremplin.core.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "cariste, cariste, 0",
            "carriste, cariste, 1",
            "plaquist, plaquiste, 1",
            "soigante, soignante, 1",
            "praparateur, preparateur, 1",
            "preparateru, preparateur, 1",
            "macn, macon, 1",
            "boulengere, boulangere, 1",
            "servise, service, 1",
            "emplye, employe, 1",
            "tecnicien, technicien, 1",
            "tecnicein, technicien, 2",
            "soudeur, sondeuse, 3",
            "la, luce, 3",
            "lyphard, luce, 3",
    })
    void countsInsertionsDeletionsSubstitutionsAndSwaps(String word, String other, int expected) {
        int bounded = Math.min(expected, 3);
        assertThat(new EditDistance(word, 2).to(other)).isEqualTo(bounded);
    }

    @Test
    void reportsAnythingBeyondTheBoundAsBoundPlusOne() {
        EditDistance oneEdit = new EditDistance("luce", 1);

        assertThat(oneEdit.to("luc")).isEqualTo(1);
        assertThat(oneEdit.to("la")).isEqualTo(2);
        assertThat(oneEdit.to("lyphard")).isEqualTo(2);
        assertThat(oneEdit.to("loire")).isEqualTo(2);
    }

    @Test
    void instanceCanBeReusedAcrossCandidatesOfAnyLength() {
        EditDistance distance = new EditDistance("macon", 2);

        assertThat(distance.to("maconnerie")).isEqualTo(3);
        assertThat(distance.to("macon")).isZero();
        assertThat(distance.to("m")).isEqualTo(3);
        assertThat(distance.to("mason")).isEqualTo(1);
        assertThat(distance.to("maocn")).isEqualTo(1);
    }
}
