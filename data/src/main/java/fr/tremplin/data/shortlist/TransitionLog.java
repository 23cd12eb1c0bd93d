package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.IllegalTransitionException;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.data.common.ConflictException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Every change of state goes through here: the state machine is checked, the row updated (optimistic
 * locking: a concurrent change makes this one fail with 409), and the transition recorded. Callers run
 * inside their own transaction.
 */
@Singleton
public class TransitionLog {
    private final ShortlistRepository shortlists;
    private final ShortlistCandidateRepository candidates;
    private final ShortlistTransitionRepository transitions;
    private final Clock clock;

    public TransitionLog(ShortlistRepository shortlists, ShortlistCandidateRepository candidates,
                         ShortlistTransitionRepository transitions, Clock clock) {
        this.shortlists = shortlists;
        this.candidates = candidates;
        this.transitions = transitions;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Moves one candidate, the caller being allowed only {@code choices}. */
    public ShortlistCandidate move(ShortlistCandidate candidate, CandidateStatus to, Collection<CandidateStatus> choices,
                                  @Nullable Reason reason, @Nullable String comment, Actor actor) {
        try {
            candidate.status().requireMoveTo(to, choices);
        } catch (IllegalTransitionException e) {
            throw new TransitionConflictException("status", e);
        }
        Instant at = now();
        ShortlistCandidate updated;
        try {
            updated = candidates.update(candidate.moved(to, reason, comment, at));
        } catch (OptimisticLockException e) {
            throw concurrentChange();
        }
        record(candidate.shortlistId(), candidate.jobSeekerId(), TransitionKind.TRANSITION, candidate.status().name(),
                to.name(), reason, comment, actor, at);
        return updated;
    }

    /** @throws TransitionConflictException when the shortlist cannot move to {@code to} from its state */
    public static void require(Shortlist shortlist, ShortlistStatus to) {
        try {
            shortlist.status().requireMoveTo(to);
        } catch (IllegalTransitionException e) {
            throw new TransitionConflictException("status", e);
        }
    }

    public Shortlist move(Shortlist shortlist, ShortlistStatus to, @Nullable Reason reason, @Nullable String comment,
                          Actor actor) {
        require(shortlist, to);
        Instant at = now();
        Shortlist updated = update(shortlist.moved(to, at));
        record(shortlist.id(), null, TransitionKind.TRANSITION, shortlist.status().name(), to.name(), reason, comment,
                actor, at);
        return updated;
    }

    public Shortlist remind(Shortlist shortlist, Actor actor) {
        Instant at = now();
        Shortlist updated = update(shortlist.reminded(at));
        record(shortlist.id(), null, TransitionKind.REMINDER, shortlist.status().name(), shortlist.status().name(),
                null, "Relance de l'employeur : des propositions attendent sa réponse.", actor, at);
        return updated;
    }

    /** Bumps the shortlist's version, so that a concurrent send or withdrawal conflicts with this change. */
    public Shortlist touch(Shortlist shortlist) {
        return update(shortlist.touched(now()));
    }

    public void created(String shortlistId, @Nullable String jobSeekerId, String status, Actor actor, Instant at) {
        record(shortlistId, jobSeekerId, TransitionKind.TRANSITION, null, status, null, null, actor, at);
    }

    private Shortlist update(Shortlist shortlist) {
        try {
            return shortlists.update(shortlist);
        } catch (OptimisticLockException e) {
            throw concurrentChange();
        }
    }

    private void record(String shortlistId, @Nullable String jobSeekerId, TransitionKind kind, @Nullable String from,
                        String to, @Nullable Reason reason, @Nullable String comment, Actor actor, Instant at) {
        transitions.save(new ShortlistTransition(null, shortlistId, jobSeekerId, kind, from, to,
                reason == null ? null : reason.name(), comment, actor.username(), actor.roleName(), at));
    }

    private static ConflictException concurrentChange() {
        return new ConflictException("version", "La liste a été modifiée en même temps par quelqu'un d'autre."
                + " Rechargez-la, puis recommencez.");
    }
}
