package fr.tremplin.core.alert;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant CREATED = Instant.parse("2026-01-15T09:00:00Z");

    @Test
    void aPersonNeverProposedWaitsSinceTheirRecordWasCreated() {
        assertThat(Waiting.since(CREATED, null)).isEqualTo(CREATED);
    }

    @Test
    void aProposalRestartsTheWaitingButAnOlderOneThanTheRecordDoesNot() {
        Instant sent = Instant.parse("2026-05-02T10:00:00Z");
        assertThat(Waiting.since(CREATED, sent)).isEqualTo(sent);
        assertThat(Waiting.since(CREATED, Instant.parse("2025-12-01T00:00:00Z"))).isEqualTo(CREATED);
    }

    @Test
    void longestWaitingComesFirstAndEqualStartsAreOrderedById() {
        List<Waiting.Waiter> people = new ArrayList<>(List.of(
                new Waiting.Waiter("c", Instant.parse("2026-04-01T00:00:00Z")),
                new Waiting.Waiter("b", Instant.parse("2025-11-01T00:00:00Z")),
                new Waiting.Waiter("a", Instant.parse("2026-04-01T00:00:00Z")),
                new Waiting.Waiter("d", Instant.parse("2026-02-01T00:00:00Z"))));
        people.sort(Waiting.LONGEST_FIRST);
        assertThat(people).extracting(Waiting.Waiter::id).containsExactly("b", "d", "a", "c");
    }

    @Test
    void threeMonthsAreCalendarMonthsOnTheWallClockOfParis() {
        // 15 January 10:00 in Paris (UTC+1) → 15 April 10:00 in Paris (summer time, UTC+2) = 08:00 UTC
        assertThat(Waiting.waitedAtLeast(CREATED, 3, Instant.parse("2026-04-15T07:59:00Z"), PARIS)).isFalse();
        assertThat(Waiting.waitedAtLeast(CREATED, 3, Instant.parse("2026-04-15T08:00:00Z"), PARIS)).isTrue();
        assertThat(Waiting.threshold(3, Instant.parse("2026-04-15T08:00:00Z"), PARIS)).isEqualTo(CREATED);
        assertThatThrownBy(() -> Waiting.waitedAtLeast(CREATED, -1, CREATED, PARIS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsFollowTheMonthsWaited() {
        Instant since = Instant.parse("2025-01-10T12:00:00Z");
        assertThat(WaitingBand.of(since, Instant.parse("2025-04-09T12:00:00Z"), PARIS)).isEqualTo(WaitingBand.UNDER_3_MONTHS);
        assertThat(WaitingBand.of(since, Instant.parse("2025-04-10T12:00:00Z"), PARIS)).isEqualTo(WaitingBand.FROM_3_TO_6_MONTHS);
        assertThat(WaitingBand.of(since, Instant.parse("2025-07-10T12:00:00Z"), PARIS)).isEqualTo(WaitingBand.FROM_6_TO_12_MONTHS);
        assertThat(WaitingBand.of(since, Instant.parse("2026-01-10T12:00:00Z"), PARIS)).isEqualTo(WaitingBand.OVER_12_MONTHS);
        assertThat(WaitingBand.of(since, Instant.parse("2024-01-01T00:00:00Z"), PARIS)).isEqualTo(WaitingBand.UNDER_3_MONTHS);
    }
}
