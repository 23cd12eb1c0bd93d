package fr.tremplin.api.transfer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One refused cell or line of an imported file: line of the file (1 = headers), column header, value read, reason. */
@Serdeable
public record ImportError(int line, @Nullable String column, @Nullable String value, String message) {
}
