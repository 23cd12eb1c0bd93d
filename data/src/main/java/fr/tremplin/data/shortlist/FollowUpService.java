package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.Deadlocks;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Reminds employers that have not answered and expires the proposals left unanswered (see
 * {@link fr.tremplin.core.shortlist.FollowUpPolicy}), at the application clock's current instant. Each
 * shortlist is handled in its own transaction; when several nodes run it at once, the optimistic locks let
 * one of them win and the others skip.
 */
@Singleton
public class FollowUpService {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpService.class);

    private final ShortlistRepository shortlists;
    private final FollowUpStep step;
    private final ShortlistSettings settings;
    private final Clock clock;

    public FollowUpService(ShortlistRepository shortlists, FollowUpStep step, ShortlistSettings settings, Clock clock) {
        this.shortlists = shortlists;
        this.step = step;
        this.settings = settings;
        this.clock = clock;
    }

    public FollowUpRun run() {
        int examined = 0;
        int reminded = 0;
        int expired = 0;
        int skipped = 0;
        var due = shortlists.findByStatusAndSentAtLessThanEqualsOrderBySentAt(ShortlistStatus.SENT,
                clock.instant().minus(settings.reminderAfter()));
        for (Shortlist shortlist : due) {
            examined++;
            try {
                int result = step.apply(shortlist.id());
                if (result < 0) {
                    reminded++;
                    LOG.info("Liste {} : relance de l'employeur {} (envoyée le {}, sans réponse)", shortlist.id(),
                            shortlist.employerId(), shortlist.sentAt());
                } else {
                    expired += result;
                }
            } catch (ConflictException e) {
                skipped++;
                LOG.info("Liste {} : suivi ignoré, modifiée en même temps ({})", shortlist.id(), e.getMessage());
            } catch (DataAccessException e) {
                if (!Deadlocks.isDeadlock(e)) {
                    throw e;
                }
                skipped++;
                LOG.info("Liste {} : suivi reporté au prochain passage (verrou concurrent)", shortlist.id());
            }
        }
        return new FollowUpRun(examined, reminded, expired, skipped);
    }
}
