package fr.tremplin.api.common;

import fr.tremplin.data.common.InvalidDataException;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * A yes/no query parameter read strictly: absent or empty is no, {@code true} or {@code false} (any case) say which;
 * anything else is refused naming the parameter. Micronaut's conversion reads every value but {@code true} as no, so
 * {@code ?dryRun=oui} ran an import for real.
 */
public final class QueryFlags {
    private QueryFlags() {
    }

    public static boolean of(String name, @Nullable String value) {
        Boolean given = optional(name, value);
        return given != null && given;
    }

    /** The same, with null when absent or empty (a filter that is then not applied). */
    @Nullable
    public static Boolean optional(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidDataException(name, "true ou false attendu, reçu : « "
                    + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + " »");
        };
    }
}
