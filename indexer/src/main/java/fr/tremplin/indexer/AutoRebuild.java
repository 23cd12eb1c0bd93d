package fr.tremplin.indexer;

import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.rebuild.RebuildAlreadyRunningException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * When {@link IndexService} rebuilds by itself, in the background: at start when there is no usable index (if
 * {@code tremplin.index.auto-rebuild} allows it), when a file fails its checksum, and again at each maintenance round
 * while the index is still missing or corrupted.
 */
final class AutoRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);

    private final RebuildRunner rebuilds;
    private final boolean allowed;
    private final Supplier<IndexState> state;
    private final BooleanSupplier closed;

    AutoRebuild(RebuildRunner rebuilds, boolean allowed, Supplier<IndexState> state, BooleanSupplier closed) {
        this.rebuilds = rebuilds;
        this.allowed = allowed;
        this.state = state;
        this.closed = closed;
    }

    void onStart(LiveIndex.NeedsRebuild needs) {
        if (!allowed) {
            LOG.warn("The index needs a rebuild ({}), and tremplin.index.auto-rebuild is false: run the rebuild"
                    + " (command rebuild-index or the admin endpoint)", needs.reason());
            return;
        }
        LOG.info("Rebuilding the index in the background: {}", needs.reason());
        rebuilds.start(ProgressListener.NONE);
    }

    void afterCorruption() {
        if (closed.getAsBoolean()) {
            return;
        }
        try {
            rebuilds.start(ProgressListener.NONE);
        } catch (RebuildAlreadyRunningException e) {
            LOG.debug("A rebuild is already running; it replaces the corrupted index", e);
        } catch (RuntimeException e) {
            LOG.warn("Cannot start the rebuild of the corrupted index now ({}); retried within 30 s", e.getMessage());
        }
    }

    void retryMissingIndex() {
        if (state.get() == IndexState.CORRUPT && rebuilds.progress().isEmpty()) {
            LOG.info("The index is still corrupted (last rebuild: {}); rebuilding again",
                    rebuilds.lastError().orElse("none"));
            afterCorruption();
            return;
        }
        if (allowed && state.get() == IndexState.NO_INDEX) {
            LOG.info("There is still no index (last rebuild: {}); rebuilding again",
                    rebuilds.lastError().orElse("none"));
            try {
                rebuilds.start(ProgressListener.NONE);
            } catch (RebuildAlreadyRunningException e) {
                LOG.debug("A rebuild started meanwhile", e);
            }
        }
    }
}
