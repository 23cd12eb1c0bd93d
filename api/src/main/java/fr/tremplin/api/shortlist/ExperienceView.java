package fr.tremplin.api.shortlist;

import io.micronaut.serde.annotation.Serdeable;

/** Years of experience in one occupation. */
@Serdeable
public record ExperienceView(String occupation, String label, double years) {}
