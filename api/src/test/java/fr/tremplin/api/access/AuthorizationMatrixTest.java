package fr.tremplin.api.access;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.web.WebSettings;
import fr.tremplin.api.web.csrf.CsrfTokens;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.PasswordHasher;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * The authorization matrix ({@link AccessRules}) against the running service: every route of the router has a
 * row (a new route without one fails the build) and every row × every {@link Caller} answers as
 * {@link RouteRule#expect(Caller)} says, on the real database, with real logins. Mismatches are collected and
 * reported together in one table.
 *
 * <p>Not matrix routes: the management endpoints ({@code /health}, classes annotated {@link Endpoint}); they have
 * no row in the table and are checked here as public (every caller reaches them). Static assets ({@code /static/**},
 * {@code /swagger/**}) are served by the static-resource resolver and are not router routes. The HEAD route that
 * Micronaut adds beside every GET route is covered by the GET's row.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AuthorizationMatrixTest extends ApiTest {
    @Inject
    Router router;
    @Inject
    AppUserRepository users;
    @Inject
    PasswordHasher hasher;
    @Inject
    CsrfTokens csrf;
    @Inject
    WebSettings web;

    /**
     * "METHOD /template" of every route of the router, apart from the management endpoints and the HEAD twin that
     * Micronaut adds to every GET route (same method, same security rules as the GET, which has the row).
     */
    private Set<String> applicationRoutes() {
        Set<String> all = router.uriRoutes().filter(r -> !isManagement(r)).map(AuthorizationMatrixTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        all.removeIf(k -> k.startsWith("HEAD ") && all.contains("GET " + k.substring("HEAD ".length())));
        return all;
    }

    private List<RouteRule> managementRoutes() {
        return router.uriRoutes().filter(AuthorizationMatrixTest::isManagement).map(AuthorizationMatrixTest::key)
                .filter(k -> !k.startsWith("HEAD ")).distinct().sorted()
                .map(k -> new RouteRule(k.substring(0, k.indexOf(' ')), k.substring(k.indexOf(' ') + 1),
                        Set.of(), Scope.PUBLIC, "point de supervision"))
                .toList();
    }

    private static boolean isManagement(UriRouteInfo<?, ?> route) {
        return route.getTargetMethod().getDeclaringType().isAnnotationPresent(Endpoint.class)
                || route.getTargetMethod().getAnnotationMetadata().hasStereotype(Endpoint.class);
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString();
    }

    /** The admin cells start index rebuilds: let them end (bounded) before the context closes. */
    private void awaitNoRebuild() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object rebuild = body(api.as("admin", HttpRequest.GET("/api/v1/admin/index"))).get("rebuild");
            if (rebuild == null) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> routes = applicationRoutes();
        Set<String> rows = AccessRules.all().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> withoutRow = new TreeSet<>(routes);
        withoutRow.removeAll(rows);
        Set<String> withoutRoute = new TreeSet<>(rows);
        withoutRoute.removeAll(routes);
        System.out.printf("Matrice d'autorisation : %d routes applicatives, %d lignes, hors matrice : %s%n",
                routes.size(), rows.size(), managementRoutes().stream().map(r -> r.method() + " " + r.path()).toList());
        if (!withoutRow.isEmpty() || !withoutRoute.isEmpty()) {
            fail("Routes sans ligne dans AccessRules (%d) :%n  %s%nLignes d'AccessRules sans route (%d) :%n  %s",
                    withoutRow.size(), String.join("\n  ", withoutRow),
                    withoutRoute.size(), String.join("\n  ", withoutRoute));
        }
    }

    @Test
    void everyCellAnswersAsTheMatrixSays() {
        long start = System.nanoTime();
        MatrixAccounts accounts = new MatrixAccounts(httpClient.toBlocking(), users, hasher);
        MatrixTargets targets = new MatrixTargets(new MatrixFixtures(api));
        long fixturesMillis = (System.nanoTime() - start) / 1_000_000;
        MatrixCalls calls = new MatrixCalls(httpClient.toBlocking(), accounts, csrf, web.sessionCookie());
        MatrixReport report = new MatrixReport();
        List<RouteRule> rules = new ArrayList<>(AccessRules.all());
        rules.addAll(managementRoutes());
        // logging out last: a logout revokes the caller's session, the token the other cells share
        rules.sort(Comparator.comparing((RouteRule r) -> r.path().equals("/deconnexion") || r.path().equals("/logout")));
        Map<String, Long> rowMillis = new HashMap<>();
        for (RouteRule rule : rules) {
            long rowStart = System.nanoTime();
            for (Caller caller : EnumSet.allOf(Caller.class)) {
                MatrixTargets.Target target;
                try {
                    target = targets.of(rule, caller);
                } catch (RuntimeException e) {
                    report.failed(rule, caller, e);
                    continue;
                }
                if (target == null) {
                    report.missingRecipe(rule);
                    break;
                }
                try {
                    MatrixCalls.Answer answer = calls.send(rule, caller, target);
                    report.record(rule, caller, answer);
                    if (answer.status() < 400 || answer.status() >= 500) {
                        targets.spent();
                    }
                } catch (RuntimeException e) {
                    report.failed(rule, caller, e);
                    targets.spent();
                }
            }
            rowMillis.put(rule.method() + " " + rule.path(), (System.nanoTime() - rowStart) / 1_000_000);
        }
        awaitNoRebuild();
        System.out.println("Matrice d'autorisation, lignes les plus longues (ms) : " + rowMillis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6).toList());
        System.out.printf("Matrice d'autorisation : %d lignes × %d appelants, %d cellules vérifiées, %d écart(s),"
                        + " %d ms (dont données de départ %d ms)%n", rules.size(), Caller.values().length, report.cells(),
                report.mismatches().size(), (System.nanoTime() - start) / 1_000_000, fixturesMillis);
        if (!report.mismatches().isEmpty()) {
            System.out.println(report.table());
            fail(report.table());
        }
    }
}
