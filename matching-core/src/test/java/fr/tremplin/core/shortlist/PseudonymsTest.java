package fr.tremplin.core.shortlist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTest {

    @Test
    void firstNameAndInitial() {
        assertThat(Pseudonyms.displayName("Amina", "Diallo")).isEqualTo("Amina D.");
        assertThat(Pseudonyms.displayName(" Yannick ", "le Gall")).isEqualTo("Yannick L.");
        assertThat(Pseudonyms.displayName("Élodie", "éthier")).isEqualTo("Élodie É.");
        assertThat(Pseudonyms.displayName("Jean", "")).isEqualTo("Jean");
    }
}
