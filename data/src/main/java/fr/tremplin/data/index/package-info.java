/**
 * The read side the indexer needs, kept apart from the write services: batched reads by id (to apply
 * outbox events by re-reading current state), keyset pages over whole tables (bulk rebuild), id/version
 * scans (consistency check) and the outbox feed (tailing, replay start, retention).
 *
 * <p>Everything here only reads, except {@link fr.tremplin.data.index.OutboxFeed#deleteOlderThan}, the
 * retention delete. Every method runs in its own auto-commit statement: the indexer never holds a database
 * transaction open while it writes to Lucene.
 */
package fr.tremplin.data.index;
