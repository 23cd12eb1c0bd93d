package fr.tremplin.api.security.session;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Accepts a token only when it carries an expiry ({@code exp}) and an id ({@code jti}) whose server-side session
 * {@link SessionFilter} found valid for this very request: not revoked (logout), not idle, within its absolute
 * lifetime, account still active with the same role.
 */
@Singleton
public class SessionClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable T req) {
        Object exp = claims.get(Claims.EXPIRATION_TIME);
        Object jti = claims.get(Claims.TOKEN_ID);
        if (exp == null || jti == null || !(req instanceof HttpRequest<?> request)) {
            return false;
        }
        return jti.toString().equals(request.getAttribute(SessionFilter.JTI, String.class).orElse(null))
                && request.getAttribute(SessionFilter.VERDICT, SessionVerdict.class).orElse(null) == SessionVerdict.VALID;
    }
}
