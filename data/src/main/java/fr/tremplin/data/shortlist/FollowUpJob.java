package fr.tremplin.data.shortlist;

import fr.tremplin.data.cluster.ClusterLeases;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the follow-up of sent shortlists periodically: {@code tremplin.shortlists.follow-up-every} (duration,
 * default 1h) after a first delay {@code tremplin.shortlists.follow-up-initial-delay} (default 5m);
 * {@code tremplin.shortlists.follow-up-enabled=false} turns it off (tests drive {@link FollowUpService} directly).
 * With several nodes, only the holder of the lease {@value #JOB} runs it ({@link ClusterLeases}).
 */
@Singleton
@Requires(property = "tremplin.shortlists.follow-up-enabled", notEquals = "false")
public class FollowUpJob {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpJob.class);

    /** The name of its lease. */
    public static final String JOB = "shortlist-follow-up";

    private final FollowUpService service;
    private final ClusterLeases leases;

    public FollowUpJob(FollowUpService service, ClusterLeases leases) {
        this.service = service;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "${tremplin.shortlists.follow-up-every:1h}",
            initialDelay = "${tremplin.shortlists.follow-up-initial-delay:5m}")
    void run() {
        try {
            leases.runIfLeader(JOB, this::followUp);
        } catch (RuntimeException e) {
            LOG.error("Suivi des listes envoyées interrompu (reprise au prochain passage) : {}", e.getMessage(), e);
        }
    }

    private void followUp() {
        FollowUpRun run = service.run();
        if (run.reminded() + run.expiredCandidates() + run.skipped() > 0) {
            LOG.info("Suivi des listes envoyées : {} examinées, {} relances, {} propositions expirées, {} ignorées",
                    run.examined(), run.reminded(), run.expiredCandidates(), run.skipped());
        }
    }
}
