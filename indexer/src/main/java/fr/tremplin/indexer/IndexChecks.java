package fr.tremplin.indexer;

import fr.tremplin.indexer.verify.IndexVerifier;
import fr.tremplin.indexer.verify.VerifiedIndex;
import fr.tremplin.indexer.verify.VerifyReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The consistency checks of {@link IndexService}: asked for ({@code verify}, {@code verify --repair}) or periodic
 * (versions of every document, content of one slice in turn), the last report kept for the status.
 */
final class IndexChecks {
    private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);
    /** The periodic check compares the content of 1/CONTENT_SLICES of the documents each time. */
    static final int CONTENT_SLICES = 60;

    private final IndexVerifier verifier;
    private final VerifiedIndex index;
    private final boolean periodicRepair;
    private int periodicChecks;
    private volatile VerifyReport last;

    IndexChecks(IndexVerifier verifier, VerifiedIndex index, boolean periodicRepair) {
        this.verifier = verifier;
        this.index = index;
        this.periodicRepair = periodicRepair;
    }

    VerifyReport verify() {
        return remember(verifier.verify(index), true);
    }

    VerifyReport verifyAndRepair() {
        return remember(verifier.verifyAndRepair(index), true);
    }

    /** Versions of every document, content of one slice in turn: all of it every CONTENT_SLICES checks. */
    void periodic() {
        int slice = periodicChecks++;
        remember(verifier.verifySlice(index, slice, CONTENT_SLICES, periodicRepair), false);
    }

    Optional<VerifyReport> last() {
        return Optional.ofNullable(last);
    }

    /** Keeps the report for the status and logs it (a consistent periodic check only at DEBUG). */
    private VerifyReport remember(VerifyReport report, boolean asked) {
        last = report;
        if (report.consistent()) {
            if (asked) {
                LOG.info("{}", report.summary());
            } else {
                LOG.debug("{}", report.summary());
            }
        } else {
            LOG.warn("{}", report.summary());
        }
        return report;
    }
}
