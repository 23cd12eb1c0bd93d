package fr.tremplin.data.seeker;

import io.micronaut.core.annotation.Introspected;

/**
 * What a ranked page shows of a person, read fresh from the database: id, names (for "Amina D.") and employment
 * unit. Four columns instead of the whole row (no experiences, lists or dates to decode).
 */
@Introspected
public record SeekerName(String id, String firstName, String lastName, String employmentUnit) {
}
