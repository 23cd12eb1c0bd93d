package fr.tremplin.data.shortlist;

import fr.tremplin.data.placement.Placement;
import io.micronaut.core.annotation.Nullable;

/** The candidate after an answer, and the placement a HIRED answer created. */
public record OutcomeResult(ShortlistCandidate candidate, @Nullable Placement placement) {}
