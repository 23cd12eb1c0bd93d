package fr.tremplin.data.privacy;

import fr.tremplin.data.cluster.ClusterLeases;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the retention rule periodically (see {@link RetentionSettings} for its settings), on one node at a time. */
@Singleton
@Requires(property = "tremplin.privacy.retention-enabled", notEquals = "false")
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;
    private final ClusterLeases leases;

    public RetentionJob(Retention retention, ClusterLeases leases) {
        this.retention = retention;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "${tremplin.privacy.retention-every:6h}",
            initialDelay = "${tremplin.privacy.retention-initial-delay:10m}")
    void run() {
        try {
            int done = leases.callIfLeader("privacy-retention", retention::anonymiseDue).orElse(0);
            if (done > 0) {
                LOG.info("Durée de conservation : {} personne(s) anonymisée(s)", done);
            }
        } catch (RuntimeException e) {
            LOG.error("Anonymisation des fiches échues interrompue (reprise au prochain passage) : {}", e.getMessage(), e);
        }
    }
}
