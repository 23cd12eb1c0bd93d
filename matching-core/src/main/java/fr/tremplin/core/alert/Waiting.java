package fr.tremplin.core.alert;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * How long a person has waited for a proposal: since the last sending of a shortlist holding them, or, never
 * proposed, since their record was created (their entry into the caseload) — the same start as the ranking's
 * "waiting" feature.
 */
public final class Waiting {
    /** Longest waiting first (earliest start first); equal starts by id, so the order is stable. */
    public static final Comparator<Waiter> LONGEST_FIRST = Comparator.comparing(Waiter::since)
            .thenComparing(Waiter::id);

    private Waiting() {
    }

    /** Since when the person waits: the last proposal, else the creation of the record. */
    public static Instant since(Instant createdAt, Instant lastProposal) {
        Objects.requireNonNull(createdAt, "createdAt");
        return lastProposal == null || lastProposal.isBefore(createdAt) ? createdAt : lastProposal;
    }

    /**
     * Whether someone waiting since {@code since} has waited {@code months} calendar months or more at {@code now}
     * (in {@code zone}: "3 months" from 15 January is 15 April).
     */
    public static boolean waitedAtLeast(Instant since, int months, Instant now, ZoneId zone) {
        if (months < 0) {
            throw new IllegalArgumentException("months must be 0 or more, not " + months);
        }
        return !ZonedDateTime.ofInstant(since, zone).plusMonths(months).toInstant().isAfter(now);
    }

    /** The latest start of a waiting that counts as {@code months} months or more at {@code now}. */
    public static Instant threshold(int months, Instant now, ZoneId zone) {
        return ZonedDateTime.ofInstant(now, zone).minusMonths(months).toInstant();
    }

    /** A person and the start of their waiting. */
    public record Waiter(String id, Instant since) {
        public Waiter {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(since, "since");
        }
    }
}
