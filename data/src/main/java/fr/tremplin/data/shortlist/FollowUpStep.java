package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.FollowUp;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.data.placement.RowLocks;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The follow-up of one shortlist, in its own transaction, the shortlist row locked first. */
@Singleton
public class FollowUpStep {
    private static final Set<CandidateStatus> EXPIRE = Set.of(CandidateStatus.EXPIRED);

    private final ShortlistRepository shortlists;
    private final ShortlistCandidateRepository candidates;
    private final TransitionLog log;
    private final ShortlistClosure closure;
    private final ShortlistSettings settings;
    private final RowLocks locks;
    private final ShortlistMails mails;

    public FollowUpStep(ShortlistRepository shortlists, ShortlistCandidateRepository candidates, TransitionLog log,
                        ShortlistClosure closure, ShortlistSettings settings, RowLocks locks, ShortlistMails mails) {
        this.locks = locks;
        this.mails = mails;
        this.shortlists = shortlists;
        this.candidates = candidates;
        this.log = log;
        this.closure = closure;
        this.settings = settings;
    }

    /** @return the number of proposals expired, or -1 when a reminder was recorded */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public int apply(String shortlistId) {
        locks.shortlist(shortlistId);
        Shortlist shortlist = shortlists.findById(shortlistId).orElse(null);
        if (shortlist == null || shortlist.status() != ShortlistStatus.SENT) {
            return 0;
        }
        List<ShortlistCandidate> waiting = candidates.findByShortlistIdOrderByListOrder(shortlistId).stream()
                .filter(c -> c.status().awaitsAnswer()).toList();
        if (waiting.isEmpty()) {
            return 0;
        }
        Instant now = log.now();
        FollowUp followUp = settings.policy().decide(shortlist.sentAt(), shortlist.remindedAt(), now);
        switch (followUp) {
            case REMIND -> {
                Shortlist reminded = log.remind(shortlist, Actor.system());
                mails.reminder(reminded, waiting.size());
                return -1;
            }
            case EXPIRE -> {
                for (ShortlistCandidate c : waiting) {
                    log.move(c, CandidateStatus.EXPIRED, EXPIRE, Reason.NO_ANSWER, null, Actor.system());
                }
                closure.closeIfSettled(shortlistId, Actor.system());
                return waiting.size();
            }
            default -> {
                return 0;
            }
        }
    }
}
