package fr.tremplin.indexer.rebuild;

/** A rebuild was asked for while one is running; wait for it (its progress is in the index status). */
public class RebuildAlreadyRunningException extends RuntimeException {
    public RebuildAlreadyRunningException(RebuildProgress running) {
        super("An index rebuild is already running (" + running.phase() + ", " + running.done() + "/" + running.total()
                + " documents); wait for it to finish");
    }
}
