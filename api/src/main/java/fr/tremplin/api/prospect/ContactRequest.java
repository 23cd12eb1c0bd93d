package fr.tremplin.api.prospect;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A contact to record. {@code date} (AAAA-MM-JJ) and {@code outcome} are read by {@link ContactChecks} so that a
 * wrong value answers 422 naming the field; {@code unit} is the caller's own unit unless an administrator names one.
 */
@Serdeable
public record ContactRequest(@Nullable String date, @Nullable String outcome, @Nullable String note,
                             @Nullable String unit) {}
