package fr.tremplin.data.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * bcrypt (cost 10) password hashing. bcrypt reads at most {@value #MAX_BYTES} bytes: a longer password never
 * matches (new passwords are refused above that length by {@link PasswordPolicy}), and costs the same work as any
 * other check. {@link #matchesNobody(String)} spends that same work for an unknown username.
 */
@Singleton
public class PasswordHasher {
    public static final int MAX_BYTES = 72;
    private static final int COST = 10;

    private final String dummyHash = hash(UUID.randomUUID().toString());

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            verify(new byte[] {0}, dummyHash);
            return false;
        }
        return verify(bytes, hash);
    }

    /** The work of one check against a hash that nothing matches (unknown username); always false. */
    public boolean matchesNobody(String password) {
        matches(password, dummyHash);
        return false;
    }

    private static boolean verify(byte[] password, String hash) {
        try {
            return BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
