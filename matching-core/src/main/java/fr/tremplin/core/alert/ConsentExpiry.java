package fr.tremplin.core.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a consent to share the profile lasts and when advisers are told to renew it. A consent given on day D is
 * valid until D + {@code validityMonths}; from {@code noticeDays} days before that, the person's adviser sees a
 * « consentement à renouveler » alert. Recording the consent again (given) restarts the validity.
 *
 * @param validityMonths months a consent stays valid (1–120)
 * @param noticeDays     days before the end of validity when the alert starts (0–365, shorter than the validity)
 */
public record ConsentExpiry(int validityMonths, int noticeDays) {

    public ConsentExpiry {
        if (validityMonths < 1 || validityMonths > 120) {
            throw new IllegalArgumentException("consent validity must be between 1 and 120 months, not " + validityMonths);
        }
        if (noticeDays < 0 || noticeDays > 365) {
            throw new IllegalArgumentException("consent renewal notice must be between 0 and 365 days, not " + noticeDays);
        }
    }

    /** The last day the consent given at {@code givenAt} is valid. */
    public LocalDate validUntil(Instant givenAt, ZoneId zone) {
        return LocalDate.ofInstant(givenAt, zone).plusMonths(validityMonths).minusDays(1);
    }

    /** The first day the renewal alert shows. */
    public LocalDate alertFrom(Instant givenAt, ZoneId zone) {
        return LocalDate.ofInstant(givenAt, zone).plusMonths(validityMonths).minusDays(noticeDays);
    }

    /** Whether the consent given at {@code givenAt} must be renewed on {@code today} (alert due, or expired). */
    public boolean renewalDue(Instant givenAt, LocalDate today, ZoneId zone) {
        return !today.isBefore(alertFrom(givenAt, zone));
    }

    /**
     * A bound for a database query: every consent due for renewal on {@code today} was given before this instant
     * (a few given just before it may not be due yet, month ends differ: check {@link #renewalDue}).
     */
    public Instant givenBefore(LocalDate today, ZoneId zone) {
        return today.plusDays(noticeDays + 4L).minusMonths(validityMonths).atStartOfDay(zone).toInstant();
    }
}
