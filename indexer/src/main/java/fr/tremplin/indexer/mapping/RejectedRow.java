package fr.tremplin.indexer.mapping;

import fr.tremplin.indexer.store.IndexKind;

import java.time.Instant;

/** A row left out of an index because it could not be mapped, with the reason. */
public record RejectedRow(IndexKind index, String id, String reason, Instant at) {
}
