package fr.tremplin.api.cli;

import fr.tremplin.api.mail.MailSettings;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.user.AccountCommand;
import fr.tremplin.data.user.AccountService;
import fr.tremplin.data.user.Role;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code create-admin USERNAME --email ADDRESS [--name NAME]}: the first administrator of a new installation (a
 * production start has no demo account, and accounts are otherwise created by an administrator). The account is
 * created as through {@code POST /api/v1/accounts}, audited as « ligne de commande »; its one-time link (24 h) is
 * printed here and also queued as the invitation mail. Exit code 0 when created, 2 when refused (message per field).
 */
@Command(name = "create-admin", mixinStandardHelpOptions = true,
        description = "Crée un compte administrateur et affiche son lien à usage unique pour choisir le mot de passe"
                + " (le premier compte d'une nouvelle installation ; le service doit être arrêté).")
public class CreateAdminCommand implements Callable<Integer> {
    static final Auditor OPERATOR = new Auditor("ligne de commande", Role.ADMIN.name());

    @Parameters(index = "0", description = "identifiant de connexion (3 à 80 caractères : lettres, chiffres, . _ @ -)")
    String username;

    @Option(names = "--email", required = true, description = "adresse électronique de la personne")
    String email;

    @Option(names = "--name", description = "nom affiché (par défaut l'identifiant)")
    String name;

    @Inject
    AccountService accounts;

    @Inject
    MailSettings mail;

    @Inject
    HttpServerConfiguration server;

    @Override
    public Integer call() {
        try {
            AccountService.Invitation invitation = accounts.invite(new AccountCommand(username,
                    name == null || name.isBlank() ? username : name, email, Role.ADMIN.name(), null, null, null), OPERATOR);
            System.out.println("Compte administrateur « " + invitation.account().username() + " » créé.");
            System.out.println("Lien à usage unique pour choisir son mot de passe (valable 24 heures, envoyé aussi par"
                    + " courriel si un serveur SMTP est configuré) :");
            System.out.println(baseUrl() + invitation.link());
            return 0;
        } catch (InvalidDataException e) {
            e.errors().forEach(f -> System.err.println("create-admin : " + f.field() + " : " + f.message()));
            return 2;
        } catch (ConflictException e) {
            System.err.println("create-admin : " + e.field() + " : " + e.getMessage());
            return 2;
        }
    }

    private String baseUrl() {
        String configured = mail.baseUrl();
        if (configured == null || configured.isBlank()) {
            // TREMPLIN_PUBLIC_URL unset: the service's own address on this machine
            int port = server.getPort().orElse(8080);
            return "http://localhost:" + (port > 0 ? port : 8080);
        }
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
}
