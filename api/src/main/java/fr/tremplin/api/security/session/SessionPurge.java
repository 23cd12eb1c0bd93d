package fr.tremplin.api.security.session;

import fr.tremplin.data.session.UserSessions;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Deletes, every hour, the sessions that are past their absolute lifetime (with a day's margin). */
@Singleton
public class SessionPurge {
    private final UserSessions sessions;
    private final SessionSettings settings;

    public SessionPurge(UserSessions sessions, SessionSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1h")
    void purge() {
        sessions.purgeOlderThan(settings.absoluteLifetime().plusDays(1));
    }
}
