package fr.tremplin.data.common;

import java.time.ZoneId;

/**
 * The département's time: its days (today, a report's periods, a consent's expiry) and the hours pages and files
 * show are Paris's, whatever the zone the server runs in (often UTC in a container). The application clock
 * ({@link ClockFactory}) runs in it.
 */
public final class DepartementTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private DepartementTime() {
    }
}
