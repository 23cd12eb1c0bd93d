package fr.tremplin.api.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The person after the answer; with HIRED, the placement it created. */
@Serdeable
public record OutcomeResponse(CandidateResponse candidate, @Nullable PlacementResponse placement) {}
