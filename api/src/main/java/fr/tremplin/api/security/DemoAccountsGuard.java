package fr.tremplin.api.security;

import fr.tremplin.data.db.ProductionGuard;
import fr.tremplin.data.demo.DemoDataConfiguration;
import fr.tremplin.data.user.AppUserRepository;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import jakarta.annotation.PostConstruct;

/**
 * A production configuration ({@code MICRONAUT_ENVIRONMENTS=prod} or an external database) refuses to start
 * while demo accounts exist, demo data is switched on or the JWT key is the public demo key.
 */
@Context
public class DemoAccountsGuard {
    private static final String DEMO_SECRET_PREFIX = "tremplin-demo-secret";
    private final Environment environment;
    private final ProductionGuard productionGuard;
    private final AppUserRepository users;
    private final boolean demoEnabled;
    private final String jwtSecret;

    public DemoAccountsGuard(Environment environment, ProductionGuard productionGuard, AppUserRepository users,
                             DemoDataConfiguration demo, JwtSigningSettings jwt) {
        this.environment = environment;
        this.productionGuard = productionGuard;
        this.users = users;
        this.demoEnabled = demo.enabled();
        this.jwtSecret = jwt.secret();
    }

    @PostConstruct
    void check() {
        boolean production = environment.getActiveNames().contains("prod") || productionGuard.isExternalDatabase();
        if (!production) {
            return;
        }
        if (demoEnabled) {
            throw new IllegalStateException("Configuration de production (environnement prod ou base externe) : "
                    + "les données et comptes de démonstration sont interdits. Lancez avec TREMPLIN_DEMO=false.");
        }
        if (jwtSecret.startsWith(DEMO_SECRET_PREFIX) || jwtSecret.length() < 32) {
            throw new IllegalStateException("Configuration de production : définissez TREMPLIN_JWT_SECRET "
                    + "(32 caractères au moins), la clé de signature de démonstration est publique.");
        }
        if (users.existsByDemoTrue()) {
            throw new IllegalStateException("Configuration de production : des comptes de démonstration (mot de passe "
                    + "public « demo ») existent encore dans la base. Supprimez-les (table app_user, demo = true) "
                    + "avant de démarrer.");
        }
    }
}
