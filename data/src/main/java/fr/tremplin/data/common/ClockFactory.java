package fr.tremplin.data.common;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The application clock; tests replace it to control time. */
@Factory
public class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
