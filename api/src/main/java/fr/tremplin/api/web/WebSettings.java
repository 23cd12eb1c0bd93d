package fr.tremplin.api.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * Settings of the web application.
 *
 * @param sessionCookie {@code tremplin.web.session-cookie} (string, default {@code tremplin_session}): name of the
 *                      HttpOnly cookie that carries the session's JWT
 * @param secureCookies {@code tremplin.web.secure-cookies} (boolean, default false; env
 *                      {@code TREMPLIN_WEB_SECURE_COOKIES}): mark the session and CSRF cookies {@code Secure}, which
 *                      a production served over HTTPS must do
 */
@ConfigurationProperties("tremplin.web")
public record WebSettings(@Bindable(defaultValue = "tremplin_session") @NotBlank String sessionCookie,
                          @Bindable(defaultValue = "false") boolean secureCookies) {
}
