package fr.tremplin.api.security.session;

import fr.tremplin.data.session.UserSessions;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** {@code POST /logout} with the bearer token: its session is revoked at once, the token answers 401 afterwards. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LogoutController {
    private final UserSessions sessions;

    public LogoutController(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Post("/logout")
    public HttpResponse<Void> logout(Authentication authentication) {
        Object jti = authentication.getAttributes().get(io.micronaut.security.token.Claims.TOKEN_ID);
        if (jti != null) {
            sessions.revoke(jti.toString());
        }
        return HttpResponse.noContent();
    }
}
