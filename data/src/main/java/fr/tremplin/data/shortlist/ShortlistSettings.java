package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.FollowUpPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code tremplin.shortlists.*}.
 *
 * @param reminderAfter {@code tremplin.shortlists.reminder-after} (duration, default 7d): an employer that has
 *                      not answered every proposal of a sent shortlist is reminded after this delay
 * @param expireAfter   {@code tremplin.shortlists.expire-after} (duration longer than reminder-after, default
 *                      14d): unanswered proposals expire after this delay, and never sooner than
 *                      expire-after − reminder-after after the reminder
 * @param maxCandidates {@code tremplin.shortlists.max-candidates} (int 1–50, default 20): people per shortlist
 * @param repeatWarningMonths {@code tremplin.shortlists.repeat-warning-months} (int 0–60, default 6): a person this
 *                      employer declined within this many months is marked on the ranking, and proposing them
 *                      again needs a confirmation (as for a person already proposed for the same vacancy)
 * The follow-up job itself: {@code tremplin.shortlists.follow-up-enabled} (boolean, default true),
 * {@code tremplin.shortlists.follow-up-every} (duration, default 1h), {@code tremplin.shortlists.follow-up-initial-delay}
 * (duration, default 5m), read by {@link FollowUpJob}.
 */
@ConfigurationProperties("tremplin.shortlists")
public record ShortlistSettings(
        @Bindable(defaultValue = "7d") Duration reminderAfter,
        @Bindable(defaultValue = "14d") Duration expireAfter,
        @Bindable(defaultValue = "20") int maxCandidates,
        @Bindable(defaultValue = "6") int repeatWarningMonths) {

    public ShortlistSettings {
        if (maxCandidates < 1 || maxCandidates > 50) {
            throw new IllegalArgumentException("tremplin.shortlists.max-candidates must be between 1 and 50, not "
                    + maxCandidates);
        }
        if (repeatWarningMonths < 0 || repeatWarningMonths > 60) {
            throw new IllegalArgumentException("tremplin.shortlists.repeat-warning-months must be between 0 and 60,"
                    + " not " + repeatWarningMonths);
        }
        new FollowUpPolicy(reminderAfter, expireAfter); // fails at startup on inconsistent delays
    }

    public FollowUpPolicy policy() {
        return new FollowUpPolicy(reminderAfter, expireAfter);
    }
}
