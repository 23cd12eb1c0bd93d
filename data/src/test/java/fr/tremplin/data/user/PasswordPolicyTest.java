package fr.tremplin.data.user;

import fr.tremplin.data.common.InvalidDataException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of new passwords (pure unit test). */
class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.problems("conseiller", "cheval agrafe batterie")).isEmpty();
        PasswordPolicy.require("conseiller", "Tremplin-2027-Loire!");
    }

    @Test
    void refusesShortPasswordsCountingCharactersNotBytes() {
        assertThat(PasswordPolicy.problems("conseiller", "demo")).containsExactly(
                "Le mot de passe doit compter au moins 12 caractères.");
        assertThat(PasswordPolicy.problems("x", "éééééééééééa")).as("12 characters, 23 bytes").isEmpty();
        assertThat(PasswordPolicy.problems("x", "ééééééééééa")).hasSize(1);
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.problems("Conseiller.Nantes", "conseiller.nantes")).contains(
                "Le mot de passe ne doit pas contenir l'identifiant.");
        assertThat(PasswordPolicy.problems("amina", "2027-AMINA-2027")).contains(
                "Le mot de passe ne doit pas contenir l'identifiant.");
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        assertThat(PasswordPolicy.problems("x", "a1".repeat(36))).as("72 bytes").isEmpty();
        assertThat(PasswordPolicy.problems("x", "a1".repeat(36) + "b")).singleElement()
                .satisfies(p -> assertThat(p).contains("72 octets"));
        assertThat(PasswordPolicy.problems("x", "é".repeat(37))).as("37 characters, 74 bytes").isNotEmpty();
    }

    @Test
    void refusesEmptyRepeatedOrControlCharacters() {
        assertThat(PasswordPolicy.problems("x", "")).containsExactly("Le mot de passe est obligatoire.");
        assertThat(PasswordPolicy.problems("x", null)).containsExactly("Le mot de passe est obligatoire.");
        assertThat(PasswordPolicy.problems("x", "aaaaaaaaaaaaaaaa")).contains(
                "Le mot de passe ne doit pas répéter un seul caractère.");
        assertThat(PasswordPolicy.problems("x", "abcdefghijkl\u0000")).contains(
                "Le mot de passe ne doit pas contenir de caractère de contrôle.");
    }

    @Test
    void requireNamesThePasswordField() {
        assertThatThrownBy(() -> PasswordPolicy.require("conseiller", "court"))
                .isInstanceOfSatisfying(InvalidDataException.class, e ->
                        assertThat(e.errors()).allSatisfy(f -> assertThat(f.field()).isEqualTo("password")));
    }
}
