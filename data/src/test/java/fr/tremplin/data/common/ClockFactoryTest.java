package fr.tremplin.data.common;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The application clock counts Paris's days whatever the server's zone (the suite also runs under other zones). */
class ClockFactoryTest {

    @Test
    void theApplicationClockRunsInParis() {
        Clock clock = new ClockFactory().clock();

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        // 23:30 UTC on 7 December is already the 8th in Paris (and 00:30 on the 8th in summer time is 02:30)
        assertThat(LocalDate.ofInstant(Instant.parse("2026-12-07T23:30:00Z"), clock.getZone()))
                .isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(LocalDate.ofInstant(Instant.parse("2026-07-07T22:30:00Z"), clock.getZone()))
                .isEqualTo(LocalDate.of(2026, 7, 8));
    }
}
