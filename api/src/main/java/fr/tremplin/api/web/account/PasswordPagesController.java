package fr.tremplin.api.web.account;

import fr.tremplin.api.account.PasswordResetController;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.user.AccountService;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.PasswordPolicy;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Named;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * « Mot de passe oublié ? » (asks for a one-time link by mail) and the page a link opens ({@code /mot-de-passe?jeton=})
 * to choose a password under {@link PasswordPolicy}; then the person logs in.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PasswordPagesController {
    static final String DEAD_LINK = "Ce lien n'est plus valable : il a déjà servi, il a expiré (24 heures pour une"
            + " invitation, 1 heure pour un mot de passe oublié) ou le compte est désactivé. Demandez-en un nouveau"
            + " ci-dessous.";

    private final AccountService accounts;
    private final ExecutorService executor;

    public PasswordPagesController(AccountService accounts, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.accounts = accounts;
        this.executor = executor;
    }

    @Get(WebPaths.FORGOT_PASSWORD)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> forgot(@QueryValue @Nullable String expire) {
        return forgotPage("", expire != null ? DEAD_LINK : null, null);
    }

    @Post(value = WebPaths.FORGOT_PASSWORD, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> requestLink(@Body @Nullable String body) {
        String username = FormData.parse(body).value("username");
        if (username.isBlank()) {
            return forgotPage("", "Saisissez votre identifiant.", null);
        }
        PasswordResetController.request(executor, accounts, username);
        return forgotPage(username, null, PasswordResetController.ACCEPTED_WEB);
    }

    @Get(WebPaths.SET_PASSWORD)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> choose(@QueryValue @Nullable String jeton) {
        Optional<AppUser> user = jeton == null ? Optional.empty() : accounts.forToken(jeton);
        if (user.isEmpty()) {
            return HttpResponse.seeOther(URI.create(WebPaths.FORGOT_PASSWORD + "?expire=1"));
        }
        return HttpResponse.ok(setPage(jeton, user.get(), FieldErrors.none()));
    }

    @Post(value = WebPaths.SET_PASSWORD, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> save(@Body @Nullable String body) {
        FormData form = FormData.parse(body);
        String token = form.value("jeton");
        Optional<AppUser> user = accounts.forToken(token);
        if (user.isEmpty()) {
            return HttpResponse.seeOther(URI.create(WebPaths.FORGOT_PASSWORD + "?expire=1"));
        }
        String password = form.value("password");
        FieldErrors errors = FieldErrors.none();
        if (!password.equals(form.value("confirmation"))) {
            errors.add("confirmation", "Les deux mots de passe ne sont pas identiques.");
        } else {
            try {
                accounts.setPassword(token, password);
                return HttpResponse.seeOther(URI.create(WebPaths.LOGIN + "?mdp=1"));
            } catch (InvalidDataException e) {
                errors.addAll(e.errors());
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(setPage(token, user.get(), errors));
    }

    private static ModelAndView<Map<String, Object>> forgotPage(String username, @Nullable String error,
                                                                @Nullable String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username);
        model.put("error", error);
        model.put("notice", notice);
        return new ModelAndView<>("password/forgot", model);
    }

    private static ModelAndView<Map<String, Object>> setPage(String token, AppUser user, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("jeton", token);
        model.put("username", user.username());
        model.put("displayName", user.displayName());
        model.put("minLength", PasswordPolicy.MIN_LENGTH);
        model.put("errors", errors);
        model.put("fieldLabels", Map.of("password", "Nouveau mot de passe", "confirmation", "Confirmation",
                "token", "Lien"));
        return new ModelAndView<>("password/set", model);
    }
}
