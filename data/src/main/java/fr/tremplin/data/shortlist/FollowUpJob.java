package fr.tremplin.data.shortlist;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the follow-up of sent shortlists periodically: {@code tremplin.shortlists.follow-up-every} (duration,
 * default 1h) after a first delay {@code tremplin.shortlists.follow-up-initial-delay} (default 5m);
 * {@code tremplin.shortlists.follow-up-enabled=false} turns it off (tests drive {@link FollowUpService} directly).
 */
@Singleton
@Requires(property = "tremplin.shortlists.follow-up-enabled", notEquals = "false")
public class FollowUpJob {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpJob.class);

    private final FollowUpService service;

    public FollowUpJob(FollowUpService service) {
        this.service = service;
    }

    @Scheduled(fixedDelay = "${tremplin.shortlists.follow-up-every:1h}",
            initialDelay = "${tremplin.shortlists.follow-up-initial-delay:5m}")
    void run() {
        try {
            FollowUpRun run = service.run();
            if (run.reminded() + run.expiredCandidates() + run.skipped() > 0) {
                LOG.info("Suivi des listes envoyées : {} examinées, {} relances, {} propositions expirées, {} ignorées",
                        run.examined(), run.reminded(), run.expiredCandidates(), run.skipped());
            }
        } catch (RuntimeException e) {
            LOG.error("Suivi des listes envoyées interrompu (reprise au prochain passage) : {}", e.getMessage(), e);
        }
    }
}
