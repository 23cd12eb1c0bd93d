package fr.tremplin.api.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code tremplin.mail.*}: the sender of the mail outbox.
 *
 * @param baseUrl      {@code TREMPLIN_PUBLIC_URL} (URL, default {@code http://localhost:<port>}): the address people
 *                     open, put in front of the links of the mails
 * @param batchSize    {@code tremplin.mail.batch-size} (int 1–500, default 20): mails taken per pass
 * @param firstRetry   {@code tremplin.mail.first-retry} (duration, default 30s): delay after a first failed attempt,
 *                     doubled after each further failure
 * @param maxRetry     {@code tremplin.mail.max-retry} (duration, default 1h): longest delay between two attempts
 * @param maxAttempts  {@code tremplin.mail.max-attempts} (int ≥ 1, default 12): attempts before a mail is FAILED
 *                     (about 7 hours with the defaults)
 * @param lease        {@code tremplin.mail.lease} (duration, default 2m): a mail taken by a sender is not taken again
 *                     before this delay (a sender that stops mid-way leaves it to the next pass)
 * @param keep         {@code tremplin.mail.keep} (duration, default 90d): sent and failed mails are deleted after this
 * The pass itself: {@code tremplin.mail.sender-enabled} (boolean, default true), {@code tremplin.mail.send-every}
 * (duration, default 15s), {@code tremplin.mail.initial-delay} (duration, default 20s), read by {@link MailJob}.
 */
@ConfigurationProperties("tremplin.mail")
public record MailSettings(
        @Nullable String baseUrl,
        @Bindable(defaultValue = "20") int batchSize,
        @Bindable(defaultValue = "30s") Duration firstRetry,
        @Bindable(defaultValue = "1h") Duration maxRetry,
        @Bindable(defaultValue = "12") int maxAttempts,
        @Bindable(defaultValue = "2m") Duration lease,
        @Bindable(defaultValue = "90d") Duration keep) {

    public MailSettings {
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("tremplin.mail.batch-size must be between 1 and 500, not " + batchSize);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("tremplin.mail.max-attempts must be at least 1, not " + maxAttempts);
        }
    }

    /** The delay before attempt {@code attempts + 1}: first-retry × 2^(attempts − 1), at most max-retry. */
    public Duration retryDelay(int attempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        return delay.compareTo(maxRetry) > 0 || delay.isNegative() ? maxRetry : delay;
    }
}
