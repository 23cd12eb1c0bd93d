package fr.tremplin.indexer.rebuild;

/**
 * Receives the progress of a rebuild: at each phase change and after every page of the bulk load (a
 * few thousand documents). Called on the rebuilding thread: keep it quick (draw a progress bar, store the
 * value); an exception thrown here aborts the rebuild.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void onProgress(RebuildProgress progress);
}
