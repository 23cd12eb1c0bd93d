package fr.tremplin.data.common;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The application clock, in the département's zone ({@link DepartementTime#ZONE}): {@code LocalDate.now(clock)} is
 * Paris's date and the pages show Paris's hours even on a server set to UTC. Tests replace it to control time.
 */
@Factory
public class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.system(DepartementTime.ZONE);
    }
}
