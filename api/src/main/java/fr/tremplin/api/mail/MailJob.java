package fr.tremplin.api.mail;

import fr.tremplin.api.fault.Faults;
import fr.tremplin.data.cluster.ClusterLeases;
import fr.tremplin.data.mail.MailQueue;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs the sender every {@code tremplin.mail.send-every} (default 15s) after {@code tremplin.mail.initial-delay}
 * (default 20s), and deletes old sent and failed mails once an hour; {@code tremplin.mail.sender-enabled=false}
 * turns it off (tests drive {@link MailDelivery} directly). With several nodes, only the holder of the lease
 * {@value #JOB} sends ({@link ClusterLeases}).
 */
@Singleton
@Requires(property = "tremplin.mail.sender-enabled", notEquals = "false")
public class MailJob {
    private static final Logger LOG = LoggerFactory.getLogger(MailJob.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    /** The name of its lease. */
    public static final String JOB = "mail-sending";

    private final MailDelivery delivery;
    private final MailQueue queue;
    private final MailSettings settings;
    private final Clock clock;
    private final ClusterLeases leases;
    private Instant lastPurge = Instant.EPOCH;

    public MailJob(MailDelivery delivery, MailQueue queue, MailSettings settings, Clock clock,
                   ClusterLeases leases) {
        this.delivery = delivery;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "${tremplin.mail.send-every:15s}", initialDelay = "${tremplin.mail.initial-delay:20s}")
    void run() {
        try {
            leases.runIfLeader(JOB, this::send);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void send() {
        MailDelivery.Pass pass = delivery.deliverDue();
        if (pass.sent() + pass.retried() + pass.failed() > 0) {
            LOG.info("Courriels : {} envoyés, {} à réessayer, {} abandonnés", pass.sent(), pass.retried(), pass.failed());
        }
        Instant now = clock.instant();
        if (now.isAfter(lastPurge.plus(PURGE_EVERY))) {
            lastPurge = now;
            int purged = queue.purgeOlderThan(settings.keep());
            if (purged > 0) {
                LOG.info("Courriels : {} anciens courriels supprimés (conservation {})", purged, settings.keep());
            }
        }
    }

    private static void failed(RuntimeException e) {
        if (Faults.classify(e).isPresent()) {
            // the database is away: the outage is logged once elsewhere (FaultLog, supervisor); the mails wait
            LOG.warn("Envoi des courriels suspendu, base de données indisponible (reprise au prochain passage) : {}",
                    e.getClass().getSimpleName());
        } else {
            LOG.error("Envoi des courriels interrompu (reprise au prochain passage) : {}", e.getClass().getSimpleName(), e);
        }
    }
}
