package fr.tremplin.core.shortlist;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When an employer that has not answered is reminded, and when its unanswered proposals expire.
 *
 * <p>The reminder comes first, always: a shortlist is never expired before it was reminded, and after a
 * reminder the employer keeps at least {@code expireAfter − reminderAfter} to answer, even when the
 * follow-up job ran late (a stopped server does not expire proposals the moment it restarts).
 *
 * @param reminderAfter time after sending at which the employer is reminded (positive)
 * @param expireAfter   time after sending at which unanswered proposals expire (longer than reminderAfter)
 */
public record FollowUpPolicy(Duration reminderAfter, Duration expireAfter) {

    public FollowUpPolicy {
        Objects.requireNonNull(reminderAfter, "reminderAfter");
        Objects.requireNonNull(expireAfter, "expireAfter");
        if (reminderAfter.isNegative() || reminderAfter.isZero()) {
            throw new IllegalArgumentException("tremplin.shortlists.reminder-after must be positive, not " + reminderAfter);
        }
        if (expireAfter.compareTo(reminderAfter) <= 0) {
            throw new IllegalArgumentException("tremplin.shortlists.expire-after (" + expireAfter
                    + ") must be longer than tremplin.shortlists.reminder-after (" + reminderAfter + ")");
        }
    }

    /**
     * @param sentAt     when the shortlist was sent
     * @param remindedAt when the employer was reminded, or null
     * @param now        the current instant
     */
    public FollowUp decide(Instant sentAt, Instant remindedAt, Instant now) {
        if (remindedAt == null) {
            return now.isBefore(sentAt.plus(reminderAfter)) ? FollowUp.NONE : FollowUp.REMIND;
        }
        return now.isBefore(answerDeadline(sentAt, remindedAt)) ? FollowUp.NONE : FollowUp.EXPIRE;
    }

    /** The expiry instant: {@code sentAt + expireAfter}, later if the reminder itself was late. */
    public Instant answerDeadline(Instant sentAt, Instant remindedAt) {
        Instant planned = sentAt.plus(expireAfter);
        if (remindedAt == null) {
            return planned;
        }
        Instant afterReminder = remindedAt.plus(expireAfter.minus(reminderAfter));
        return afterReminder.isAfter(planned) ? afterReminder : planned;
    }
}
