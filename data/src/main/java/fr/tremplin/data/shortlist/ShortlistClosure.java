package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.data.seeker.ProposalClosing;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Automatic closings, inside the caller's transaction: proposals overtaken by a hire (the person was hired
 * elsewhere, the vacancy is filled), and shortlists with nobody left to answer for.
 */
@Singleton
public class ShortlistClosure implements ProposalClosing {
    private static final Set<CandidateStatus> CLOSE = Set.of(CandidateStatus.CLOSED);

    private final ShortlistRepository shortlists;
    private final ShortlistCandidateRepository candidates;
    private final TransitionLog log;

    public ShortlistClosure(ShortlistRepository shortlists, ShortlistCandidateRepository candidates, TransitionLog log) {
        this.shortlists = shortlists;
        this.candidates = candidates;
        this.log = log;
    }

    /** Closes the other open proposals of a person who was just hired. */
    public void closeOtherProposals(String jobSeekerId) {
        close(candidates.findOfSeeker(jobSeekerId, CandidateRules.OPEN), Reason.PLACED_ELSEWHERE);
    }

    /**
     * Closes every open proposal of a person who can no longer be proposed, e.g. {@link Reason#SEEKER_ERASED}
     * before an erasure, {@link Reason#CONSENT_WITHDRAWN} when the consent is withdrawn, or
     * {@link Reason#SEEKER_UNAVAILABLE} when the person is paused or leaves: for the person's own service
     * to call inside its write transaction.
     */
    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void closeProposalsOf(String jobSeekerId, Reason reason) {
        close(candidates.findOfSeeker(jobSeekerId, CandidateRules.OPEN), reason);
    }

    /** Closes the open proposals left on the shortlists of a vacancy that was just filled. */
    public void closeFilledVacancy(String vacancyId) {
        close(candidates.findOnVacancy(vacancyId, CandidateRules.OPEN), Reason.VACANCY_FILLED);
    }

    /** DRAFT or SENT → CLOSED once no candidate is open any more. */
    public void closeIfSettled(String shortlistId, Actor actor) {
        Shortlist shortlist = shortlists.findById(shortlistId).orElseThrow();
        if (shortlist.status().isFinal()) {
            return;
        }
        boolean open = candidates.findByShortlistIdOrderByListOrder(shortlistId).stream()
                .anyMatch(c -> c.status().isOpen());
        if (!open) {
            log.move(shortlist, ShortlistStatus.CLOSED, null, null, actor);
        }
    }

    private void close(Collection<ShortlistCandidate> open, Reason reason) {
        List<String> touched = open.stream().map(ShortlistCandidate::shortlistId).distinct().toList();
        for (ShortlistCandidate c : open) {
            log.move(c, CandidateStatus.CLOSED, CLOSE, reason, null, Actor.system());
        }
        touched.forEach(id -> closeIfSettled(id, Actor.system()));
    }
}
