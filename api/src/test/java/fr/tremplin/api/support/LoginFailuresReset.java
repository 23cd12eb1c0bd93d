package fr.tremplin.api.support;

import fr.tremplin.data.session.LoginFailures;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * Each test context starts with no failed login counted. The counts are rows shared by every context of the test JVM
 * (one schema), while each test class counts its own failures (20 wrong passwords close an account for minutes, 50
 * from the loopback address close every account): without this, one class's failures would throttle the next one's
 * logins, as a node's memory did not before the counts moved to the database.
 */
@Singleton
@Requires(env = Environment.TEST)
public class LoginFailuresReset {
    private static final Instant EVERYTHING = Instant.parse("9999-01-01T00:00:00Z");

    private final LoginFailures failures;

    public LoginFailuresReset(LoginFailures failures) {
        this.failures = failures;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        failures.purge(EVERYTHING, EVERYTHING);
    }
}
