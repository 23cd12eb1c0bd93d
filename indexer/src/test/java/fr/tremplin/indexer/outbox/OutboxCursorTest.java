package fr.tremplin.indexer.outbox;

import fr.tremplin.indexer.store.IndexPosition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxCursorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LATE_WINDOW = Duration.ofMinutes(10);
    private final Instant t0 = Instant.parse("2026-11-27T10:00:00Z");

    private OutboxCursor cursorAt(long watermark) {
        return new OutboxCursor(IndexPosition.at(watermark, List.of()), TIMEOUT, LATE_WINDOW, t0);
    }

    @Test
    void contiguousRowsMoveTheWatermark() {
        OutboxCursor cursor = cursorAt(10);
        cursor.seen(11, t0, t0);
        cursor.seen(12, t0, t0);
        assertThat(cursor.watermark()).isEqualTo(12);
        assertThat(cursor.highest()).isEqualTo(12);
        assertThat(cursor.pendingGaps()).isEmpty();
    }

    @Test
    void rowCommittedOutOfOrderHoldsTheWatermarkUntilItAppears() {
        OutboxCursor cursor = cursorAt(10);
        cursor.seen(11, t0, t0);
        cursor.seen(14, t0, t0); // 12 and 13 still in open transactions
        assertThat(cursor.highest()).isEqualTo(14);
        assertThat(cursor.pendingGaps()).containsExactly(12L, 13L);
        assertThat(cursor.watermark()).isEqualTo(11);
        assertThat(cursor.covers(14)).isTrue();
        assertThat(cursor.covers(12)).isFalse();

        cursor.seen(13, t0.plusSeconds(1), t0.plusSeconds(1));
        assertThat(cursor.watermark()).isEqualTo(11);
        cursor.seen(12, t0.plusSeconds(2), t0.plusSeconds(2));
        assertThat(cursor.watermark()).isEqualTo(14);
        assertThat(cursor.pendingGaps()).isEmpty();
    }

    @Test
    void gapOlderThanTheTimeoutIsTakenAsRolledBackButStillWatched() {
        OutboxCursor cursor = cursorAt(10);
        cursor.seen(12, t0, t0);
        cursor.expire(t0.plus(TIMEOUT).minusMillis(1));
        assertThat(cursor.watermark()).isEqualTo(10);

        cursor.expire(t0.plus(TIMEOUT));
        assertThat(cursor.watermark()).isEqualTo(12);
        assertThat(cursor.lateGaps()).containsExactly(11L);
        assertThat(cursor.position().lateGaps()).containsExactly(11L);
        assertThat(cursor.gapsGivenUp()).isEqualTo(1);

        cursor.seen(11, t0, t0.plus(TIMEOUT).plusSeconds(5)); // the long transaction committed after all
        assertThat(cursor.lateGaps()).isEmpty();
        assertThat(cursor.lateArrivals()).isEqualTo(1);
    }

    @Test
    void lateGapIsForgottenAfterItsWindow() {
        OutboxCursor cursor = cursorAt(10);
        cursor.seen(12, t0, t0);
        cursor.expire(t0.plus(TIMEOUT));
        cursor.expire(t0.plus(TIMEOUT).plus(LATE_WINDOW));
        assertThat(cursor.lateGaps()).isEmpty();
        assertThat(cursor.watermark()).isEqualTo(12);
    }

    @Test
    void restartStartsFromTheStoredWatermarkAndKeepsWatchingLateGaps() {
        OutboxCursor cursor = new OutboxCursor(IndexPosition.at(20, List.of(7L)), TIMEOUT, LATE_WINDOW, t0);
        assertThat(cursor.highest()).isEqualTo(20);
        assertThat(cursor.lateGaps()).containsExactly(7L);
        cursor.seen(20, t0, t0); // re-applied after the restart: harmless
        assertThat(cursor.watermark()).isEqualTo(20);
    }

    @Test
    void gapBelowAnOldRowIsAsOldAsThatRow() {
        OutboxCursor cursor = cursorAt(10);
        cursor.seen(12, t0.minus(TIMEOUT), t0); // e.g. re-read after a restart: 11 was rolled back long ago
        cursor.expire(t0);
        assertThat(cursor.watermark()).isEqualTo(12);
        assertThat(cursor.lateGaps()).containsExactly(11L);
    }

    @Test
    void hugeJumpIsNotEnumeratedAsGaps() {
        OutboxCursor cursor = cursorAt(10);
        cursor.seen(10 + OutboxCursor.MAX_GAP_RUN + 2, t0, t0);
        assertThat(cursor.pendingGaps()).isEmpty();
        assertThat(cursor.watermark()).isEqualTo(10 + OutboxCursor.MAX_GAP_RUN + 2);
    }
}
