package fr.tremplin.core.alert;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentExpiryTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ConsentExpiry DEFAULT = new ConsentExpiry(12, 30);

    @Test
    void aConsentIsValidTwelveMonthsAndTheAlertStartsThirtyDaysBefore() {
        Instant given = Instant.parse("2025-06-10T08:00:00Z");
        assertThat(DEFAULT.validUntil(given, PARIS)).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(DEFAULT.alertFrom(given, PARIS)).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(DEFAULT.renewalDue(given, LocalDate.of(2026, 5, 10), PARIS)).isFalse();
        assertThat(DEFAULT.renewalDue(given, LocalDate.of(2026, 5, 11), PARIS)).isTrue();
        assertThat(DEFAULT.renewalDue(given, LocalDate.of(2027, 1, 1), PARIS)).as("expired: still to renew").isTrue();
    }

    @Test
    void theDayIsTheDayInParisNotInUtc() {
        Instant lateEvening = Instant.parse("2025-06-09T22:30:00Z"); // 10 June 00:30 in Paris
        assertThat(DEFAULT.alertFrom(lateEvening, PARIS)).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void theQueryBoundNeverMissesADueConsent() {
        LocalDate today = LocalDate.of(2026, 3, 31);
        Instant bound = DEFAULT.givenBefore(today, PARIS);
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2025, 12, 31)); day = day.plusDays(1)) {
            Instant given = day.atTime(12, 0).atZone(PARIS).toInstant();
            if (DEFAULT.renewalDue(given, today, PARIS)) {
                assertThat(given).as("due consent of %s", day).isBefore(bound);
            }
        }
        // alert from 1 April 2026 − 30 days = 2 March 2026, then from 1 May 2026 − 30 days = 1 April 2026
        assertThat(DEFAULT.renewalDue(LocalDate.of(2025, 4, 1).atStartOfDay(PARIS).toInstant(), today, PARIS)).isTrue();
        assertThat(DEFAULT.renewalDue(LocalDate.of(2025, 5, 1).atStartOfDay(PARIS).toInstant(), today, PARIS)).isFalse();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new ConsentExpiry(0, 30)).hasMessageContaining("between 1 and 120");
        assertThatThrownBy(() -> new ConsentExpiry(12, 400)).hasMessageContaining("between 0 and 365");
    }
}
