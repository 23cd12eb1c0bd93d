package fr.tremplin.data.user;

import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules for a new password (account creation, reset, change; never applied to existing ones): at least
 * {@value #MIN_LENGTH} characters, at most {@value PasswordHasher#MAX_BYTES} bytes in UTF-8 (what bcrypt reads),
 * not the username nor containing it, no control characters, not a single repeated character.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    static final String FIELD = "password";

    private PasswordPolicy() {
    }

    /** The French reasons why this password is refused; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Le mot de passe est obligatoire.");
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_BYTES) {
            problems.add("Le mot de passe ne doit pas dépasser " + PasswordHasher.MAX_BYTES + " octets (environ "
                    + PasswordHasher.MAX_BYTES + " caractères sans accents).");
        }
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!user.isEmpty() && password.toLowerCase(Locale.ROOT).contains(user)) {
            problems.add("Le mot de passe ne doit pas contenir l'identifiant.");
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            problems.add("Le mot de passe ne doit pas contenir de caractère de contrôle.");
        }
        if (password.codePoints().distinct().count() == 1) {
            problems.add("Le mot de passe ne doit pas répéter un seul caractère.");
        }
        return problems;
    }

    /** Throws a 422 naming the {@code password} field when the password is refused. */
    public static void require(String username, String password) {
        List<String> problems = problems(username, password);
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems.stream().map(p -> new FieldError(FIELD, p)).toList());
        }
    }
}
