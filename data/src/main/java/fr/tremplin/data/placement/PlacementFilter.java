package fr.tremplin.data.placement;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** Optional filters of the placement list; {@code hiredBefore} is exclusive. */
public record PlacementFilter(@Nullable String employer, @Nullable String vacancy, @Nullable String jobSeeker,
                              @Nullable String unit, @Nullable Instant hiredFrom, @Nullable Instant hiredBefore) {
}
