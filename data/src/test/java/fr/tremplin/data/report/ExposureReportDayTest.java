package fr.tremplin.data.report;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The exposure report's "today" is Paris's, whatever the server's zone: its periods are cut at Paris midnights. */
class ExposureReportDayTest {

    @Test
    void lateInTheUtcEveningItIsAlreadyTomorrowInParis() {
        assertThat(ExposureReportService.today(Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(ExposureReportService.today(Clock.fixed(Instant.parse("2026-12-07T22:30:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 12, 7));
        // summer time: Paris is two hours ahead
        assertThat(ExposureReportService.today(Clock.fixed(Instant.parse("2026-07-14T22:30:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 7, 15));
    }
}
