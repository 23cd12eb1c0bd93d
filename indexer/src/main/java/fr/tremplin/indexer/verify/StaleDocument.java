package fr.tremplin.indexer.verify;

/** A document whose version differs from its database row. */
public record StaleDocument(String id, long databaseVersion, long indexVersion) {
}
