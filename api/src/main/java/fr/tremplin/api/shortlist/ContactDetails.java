package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Who the person is and how to reach them: for an employer, once it asked to meet this person. */
@Serdeable
public record ContactDetails(String firstName, String lastName, @Nullable String email, @Nullable String phone) {}
