package fr.tremplin.indexer.rebuild;

import fr.tremplin.indexer.outbox.OutboxFollower;

/**
 * Switches searches and tailing to a rebuilt generation; implemented by the index service. When it
 * returns, the new generation is current (pointer renamed) and the old one is closed and deleted.
 */
@FunctionalInterface
public interface Handover {
    void swapTo(OutboxFollower rebuilt);
}
