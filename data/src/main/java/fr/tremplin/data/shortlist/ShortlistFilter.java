package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.ShortlistStatus;
import io.micronaut.core.annotation.Nullable;

/** Optional filters of the shortlist list. */
public record ShortlistFilter(@Nullable String vacancy, @Nullable String employer, @Nullable ShortlistStatus status,
                              @Nullable String unit, @Nullable String jobSeeker) {
}
