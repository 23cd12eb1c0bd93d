package fr.tremplin.api.security.login;

import fr.tremplin.data.cluster.ClusterLeases;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Deletes, every hour, the failed-login counts past their {@code forget-after}; one node at a time. */
@Singleton
public class LoginFailurePurge {
    private final LoginThrottle throttle;
    private final ClusterLeases leases;

    public LoginFailurePurge(LoginThrottle throttle, ClusterLeases leases) {
        this.throttle = throttle;
        this.leases = leases;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1h")
    void purge() {
        leases.runIfLeader("login-failure-purge", throttle::forgetOld);
    }
}
