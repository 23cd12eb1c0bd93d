package fr.tremplin.api.web.layout;

import fr.tremplin.data.common.DepartementTime;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages show Paris's hours: an instant written at 23:30 UTC in winter reads « 00h30 » the next day. */
class FormatsTest {

    @Test
    void instantsAreShownInTheDepartementsHours() {
        Formats formats = new Formats(Clock.system(DepartementTime.ZONE));

        assertThat(formats.instant(Instant.parse("2026-12-07T23:30:00Z"))).isEqualTo("08/12/2026 à 00h30");
        assertThat(formats.instant(Instant.parse("2026-07-07T12:05:00Z"))).isEqualTo("07/07/2026 à 14h05");
        assertThat(formats.instant(null)).isEqualTo("—");
    }
}
