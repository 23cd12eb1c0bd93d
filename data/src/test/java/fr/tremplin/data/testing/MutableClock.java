package fr.tremplin.data.testing;

import fr.tremplin.data.common.ClockFactory;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The application clock of a test that moves time forward ({@code tremplin.test.mutable-clock=true}). */
@Singleton
@Replaces(value = Clock.class, factory = ClockFactory.class)
@Requires(property = "tremplin.test.mutable-clock", value = "true")
public class MutableClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration duration) {
        offset.updateAndGet(d -> d.plus(duration));
    }

    /** The application clock's zone ({@link ClockFactory}): Paris's. */
    @Override
    public ZoneId getZone() {
        return DepartementTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock keeps the département's zone");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
