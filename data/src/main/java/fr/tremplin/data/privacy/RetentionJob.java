package fr.tremplin.data.privacy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the retention rule periodically (see {@link RetentionSettings} for its settings). */
@Singleton
@Requires(property = "tremplin.privacy.retention-enabled", notEquals = "false")
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    public RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(fixedDelay = "${tremplin.privacy.retention-every:6h}",
            initialDelay = "${tremplin.privacy.retention-initial-delay:10m}")
    void run() {
        try {
            int done = retention.anonymiseDue();
            if (done > 0) {
                LOG.info("Durée de conservation : {} personne(s) anonymisée(s)", done);
            }
        } catch (RuntimeException e) {
            LOG.error("Anonymisation des fiches échues interrompue (reprise au prochain passage) : {}", e.getMessage(), e);
        }
    }
}
