package fr.tremplin.data.alert;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily alert digests ({@link AlertDigest}) when {@code tremplin.alerts.digest-enabled=true}: checks every
 * {@code tremplin.alerts.digest-every} (default 1h) after {@code tremplin.alerts.digest-initial-delay} (default 10m).
 * One method, so that it can be wrapped in a cluster lease.
 */
@Singleton
@Requires(property = "tremplin.alerts.digest-enabled", value = "true")
public class AlertDigestJob {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDigestJob.class);

    private final AlertDigest digest;

    public AlertDigestJob(AlertDigest digest) {
        this.digest = digest;
    }

    @Scheduled(fixedDelay = "${tremplin.alerts.digest-every:1h}", initialDelay = "${tremplin.alerts.digest-initial-delay:10m}")
    void run() {
        try {
            int sent = digest.sendDue();
            if (sent > 0) {
                LOG.info("Récapitulatif des alertes : {} courriel(s) mis en file", sent);
            }
        } catch (RuntimeException e) { // the class only: a message may carry data
            LOG.error("Récapitulatif des alertes interrompu (reprise au prochain passage) : {}", e.getClass().getName());
        }
    }
}
