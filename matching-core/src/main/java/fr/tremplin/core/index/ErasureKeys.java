package fr.tremplin.core.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key by which an erased person's document is deleted from every index. The erasure must leave no row that
 * holds the person's id, including the outbox event that tells the indexes to forget them: that event carries
 * {@link #of(String)} instead, a one-way hash of the id that each seeker document also carries
 * ({@link IndexSchema.Seeker#ERASURE_KEY}). Once the id is gone from the database, the hash leads nowhere.
 */
public final class ErasureKeys {
    /** Prefix that tells an erasure key from an id in an outbox event (ids are UUIDs: never start with it). */
    public static final String PREFIX = "x:";

    private ErasureKeys() {
    }

    /** {@code x:} + the first 128 bits of SHA-256("tremplin-erasure:" + id), in hex: 34 characters. */
    public static String of(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("tremplin-erasure:" + id).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static boolean isKey(String aggregateId) {
        return aggregateId.startsWith(PREFIX);
    }
}
