package fr.tremplin.api.security;

import fr.tremplin.api.security.login.LoginAttempts;
import fr.tremplin.data.session.UserSessions;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.PasswordHasher;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a username and password against the users table (bcrypt) on the blocking executor, behind the login
 * throttle; an unknown username costs the same bcrypt work as a known one. A successful login opens a server-side
 * session whose id becomes the token's {@code jti}.
 */
@Singleton
public class DatabaseAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    private static final int MAX_USERNAME = 200;

    private final AppUserRepository users;
    private final PasswordHasher hasher;
    private final BeanProvider<LoginAttempts> attemptsProvider;
    private final BeanProvider<UserSessions> sessionsProvider;

    /** The throttle and the sessions are looked up on first use: resolving them while Micronaut evaluates the
     *  authenticator's condition at start-up raced with the health monitor's bean creation (a deadlock). */
    public DatabaseAuthenticationProvider(AppUserRepository users, PasswordHasher hasher,
                                          BeanProvider<LoginAttempts> attempts, BeanProvider<UserSessions> sessions) {
        this.users = users;
        this.hasher = hasher;
        this.attemptsProvider = attempts;
        this.sessionsProvider = sessions;
    }

    @Override
    public String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> auth) {
        LoginAttempts attempts = attemptsProvider.get();
        UserSessions sessions = sessionsProvider.get();
        String username = auth.getIdentity() == null ? "" : auth.getIdentity();
        String password = auth.getSecret() == null ? "" : auth.getSecret();
        Optional<LoginAttempts.Attempt> attempt = attempts.begin(request, username);
        if (attempt.isEmpty()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        Optional<AppUser> user = username.length() > MAX_USERNAME ? Optional.empty() : users.findByUsername(username);
        boolean matches = user.isPresent() ? hasher.matches(password, user.get().passwordHash())
                : hasher.matchesNobody(password);
        Optional<String> session = matches ? sessions.open(user.get().id(), user.get().role().name()) : Optional.empty();
        if (session.isEmpty()) {
            attempts.failed(attempt.get(), username, user.map(AppUser::id).orElse(null));
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        attempts.succeeded(attempt.get(), username);
        AppUser u = user.get();
        Map<String, Object> attributes = new HashMap<>();
        // the token's jti names the server-side session (the claims generator writes attributes after its own jti)
        attributes.put(Claims.TOKEN_ID, session.get());
        attributes.put(CurrentUser.USER_ID, u.id());
        attributes.put(CurrentUser.DISPLAY_NAME, u.displayName());
        if (u.employerId() != null) {
            attributes.put(CurrentUser.EMPLOYER_ID, u.employerId());
        }
        if (u.employmentUnit() != null) {
            attributes.put(CurrentUser.UNIT, u.employmentUnit());
        }
        return AuthenticationResponse.success(u.username(), List.of(u.role().name()), attributes);
    }
}
