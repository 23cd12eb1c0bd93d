package fr.tremplin.api.account;

import fr.tremplin.data.user.AccountService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * {@code POST /password-reset}: always 202 at once, whatever the name; the work (a one-time link mailed to an active
 * account with an address) runs afterwards, so that neither the answer nor its delay tells whether the account exists.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Connexion")
public class PasswordResetController {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetController.class);
    static final String ACCEPTED = "Si ce compte existe et a une adresse électronique, un lien pour choisir un nouveau"
            + " mot de passe vient d'y être envoyé (valable 1 heure).";

    /** What the web form says, the same for every name. */
    public static final String ACCEPTED_WEB = "Si ce compte existe et a une adresse électronique, un lien pour choisir"
            + " un nouveau mot de passe vient d'y être envoyé. Il reste valable 1 heure et ne sert qu'une fois.";

    private final AccountService accounts;
    private final ExecutorService executor;

    public PasswordResetController(AccountService accounts, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.accounts = accounts;
        this.executor = executor;
    }

    /** The body of {@code POST /password-reset}. */
    @Serdeable
    public record ResetRequest(@Nullable String username) {
    }

    /** The answer, the same for every name. */
    @Serdeable
    public record ResetAccepted(String message) {
    }

    @Operation(summary = "Mot de passe oublié : un lien à usage unique (1 h) part par courriel ; 202 quel que soit le nom")
    @Post("/password-reset")
    public HttpResponse<ResetAccepted> reset(@Body ResetRequest request) {
        request(executor, accounts, request.username());
        return HttpResponse.accepted().body(new ResetAccepted(ACCEPTED));
    }

    /** Runs the request in the background (shared with the web form). */
    public static void request(ExecutorService executor, AccountService accounts, @Nullable String username) {
        executor.execute(() -> {
            try {
                accounts.requestReset(username);
            } catch (RuntimeException e) {
                LOG.error("Demande de réinitialisation de mot de passe non traitée : {}", e.getClass().getSimpleName(), e);
            }
        });
    }
}
