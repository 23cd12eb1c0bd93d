package fr.tremplin.api.web.auth;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.security.login.LoginThrottledHandler;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.data.session.UserSessions;
import fr.tremplin.api.web.form.FormData;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;

/** The login form (/connexion), which opens a cookie session, and logout (/deconnexion). */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginPageController {
    static final String FAILED = "Identifiant ou mot de passe incorrect.";

    private final Authenticator<HttpRequest<?>> authenticator;
    private final AccessRefreshTokenGenerator tokens;
    private final SessionCookies cookies;
    private final UserSessions sessions;

    public LoginPageController(Authenticator<HttpRequest<?>> authenticator, AccessRefreshTokenGenerator tokens,
                               SessionCookies cookies, UserSessions sessions) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.cookies = cookies;
        this.sessions = sessions;
    }

    @Get(WebPaths.LOGIN)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> form(@QueryValue @Nullable String retour, @QueryValue @Nullable String fin,
                                @QueryValue @Nullable String mdp, @Nullable Authentication authentication) {
        if (authentication != null) {
            return redirect(Homes.of(CurrentUser.of(authentication).role()));
        }
        String notice = mdp != null ? "Votre mot de passe est enregistré : connectez-vous avec votre identifiant."
                : fin == null ? null : "Vous êtes déconnecté(e).";
        return HttpResponse.ok(page("", retour, null, notice));
    }

    @Post(value = WebPaths.LOGIN, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> login(HttpRequest<?> request, @Body @Nullable String body) {
        FormData form = FormData.parse(body);
        String username = form.value("username");
        String retour = form.value("retour");
        if (username.isEmpty() || form.value("password").isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(username, retour, "Saisissez votre identifiant et votre mot de passe.", null));
        }
        Authentication authentication = authenticate(request, username, form.value("password"));
        Long retryAfter = LoginThrottledHandler.retryAfter(request);
        if (authentication == null && retryAfter != null) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", retryAfter.toString())
                    .body(page(username, retour, LoginThrottledHandler.tooMany(retryAfter), null));
        }
        if (authentication == null) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(username, retour, FAILED, null));
        }
        AccessRefreshToken token = tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("Aucun jeton n'a pu être signé pour " + username));
        String target = WebPaths.isLocalPath(retour) ? retour : Homes.of(CurrentUser.of(authentication).role());
        return redirect(target).cookie(cookies.open(token.getAccessToken()));
    }

    /** « Se déconnecter »: the server-side session is revoked at once, the cookie cleared. */
    @Post(value = WebPaths.LOGOUT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> logout(@Nullable Authentication authentication) {
        Object jti = authentication == null ? null : authentication.getAttributes().get(Claims.TOKEN_ID);
        if (jti != null) {
            sessions.revoke(jti.toString());
        }
        return redirect(WebPaths.LOGIN + "?fin=1").cookie(cookies.clear());
    }

    @Nullable
    private Authentication authenticate(HttpRequest<?> request, String username, String password) {
        try {
            AuthenticationResponse response = FirstValue.of(
                    authenticator.authenticate(request, new UsernamePasswordCredentials(username, password))).join();
            return response == null || !response.isAuthenticated() ? null : response.getAuthentication().orElse(null);
        } catch (CompletionException e) {
            if (e.getCause() instanceof AuthenticationException) {
                return null;
            }
            throw e;
        }
    }

    private static ModelAndView<Map<String, Object>> page(String username, @Nullable String retour,
                                                          @Nullable String error, @Nullable String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("retour", WebPaths.isLocalPath(retour) ? retour : "");
        model.put("error", error);
        model.put("notice", notice);
        return new ModelAndView<>("login", model);
    }

    private static MutableHttpResponse<?> redirect(String target) {
        return HttpResponse.seeOther(URI.create(target));
    }
}
