package fr.tremplin.data.alert;

import fr.tremplin.data.cluster.ClusterLeases;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily alert digests ({@link AlertDigest}) when {@code tremplin.alerts.digest-enabled=true}: checks every
 * {@code tremplin.alerts.digest-every} (default 1h) after {@code tremplin.alerts.digest-initial-delay} (default 10m).
 * With several nodes, only the holder of the lease {@value #JOB} sends them ({@link ClusterLeases}).
 */
@Singleton
@Requires(property = "tremplin.alerts.digest-enabled", value = "true")
public class AlertDigestJob {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDigestJob.class);

    /** The cluster lease of this job. */
    public static final String JOB = "alert-digest";

    private final AlertDigest digest;
    private final ClusterLeases leases;

    public AlertDigestJob(AlertDigest digest, ClusterLeases leases) {
        this.digest = digest;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "${tremplin.alerts.digest-every:1h}", initialDelay = "${tremplin.alerts.digest-initial-delay:10m}")
    void run() {
        try {
            leases.runIfLeader(JOB, this::send);
        } catch (RuntimeException e) { // the class only: a message may carry data
            LOG.error("Récapitulatif des alertes interrompu (reprise au prochain passage) : {}", e.getClass().getName());
        }
    }

    private void send() {
        int sent = digest.sendDue();
        if (sent > 0) {
            LOG.info("Récapitulatif des alertes : {} courriel(s) mis en file", sent);
        }
    }
}
