package fr.tremplin.api.security;

import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.PasswordHasher;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a username and password against the users table (bcrypt) on the blocking executor. */
@Singleton
public class DatabaseAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    private final AppUserRepository users;
    private final PasswordHasher hasher;

    public DatabaseAuthenticationProvider(AppUserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> auth) {
        Optional<AppUser> user = users.findByUsername(auth.getIdentity());
        if (user.isEmpty() || !hasher.matches(auth.getSecret(), user.get().passwordHash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        AppUser u = user.get();
        Map<String, Object> attributes = new HashMap<>();
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
