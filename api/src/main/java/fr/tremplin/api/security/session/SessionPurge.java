package fr.tremplin.api.security.session;

import fr.tremplin.data.cluster.ClusterLeases;
import fr.tremplin.data.session.UserSessions;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Deletes, every hour, the sessions that are past their absolute lifetime (with a day's margin); one node at a time. */
@Singleton
public class SessionPurge {
    private final UserSessions sessions;
    private final SessionSettings settings;
    private final ClusterLeases leases;

    public SessionPurge(UserSessions sessions, SessionSettings settings, ClusterLeases leases) {
        this.sessions = sessions;
        this.settings = settings;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1h")
    void purge() {
        leases.runIfLeader("session-purge", () -> sessions.purgeOlderThan(settings.absoluteLifetime().plusDays(1)));
    }
}
