package fr.tremplin.api.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/**
 * The key that signs the session tokens (JWT, HMAC), read here once for the rest of the application (the CSRF
 * tokens derive their own key from it, {@link DemoAccountsGuard} refuses the public demo key in production);
 * Micronaut Security reads the same key to sign and check the tokens.
 *
 * @param secret {@code micronaut.security.token.jwt.signatures.secret.generator.secret} (string, env
 *               {@code TREMPLIN_JWT_SECRET}, default the public demo key of application.yml): at least 32
 *               characters in production
 */
@ConfigurationProperties("micronaut.security.token.jwt.signatures.secret.generator")
public record JwtSigningSettings(@NotBlank String secret) {

    @Override
    public String toString() {
        return "JwtSigningSettings[secret=<hidden>]";
    }
}
