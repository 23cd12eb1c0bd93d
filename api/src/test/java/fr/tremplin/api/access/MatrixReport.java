package fr.tremplin.api.access;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verdict of each cell and the table of the cells that do not answer as {@link AccessRules} says. */
final class MatrixReport {
    /** One cell that did not answer as expected. */
    record Mismatch(String route, Caller caller, Expect expected, String got, String detail) {
    }

    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private final List<Mismatch> mismatches = new ArrayList<>();
    private int cells;

    /**
     * Whether the answer is what the rule expects. A browser without session is redirected to the login page by
     * {@code HtmlErrorPages} instead of a bare 401 (303 to {@code /connexion?retour=...} for a GET, to
     * {@code /connexion} for a form post): that redirect counts as LOGIN, and never as ALLOW.
     */
    static boolean matches(Expect expected, String method, MatrixCalls.Answer answer) {
        int status = answer.status();
        boolean loginRedirect = isLoginRedirect(method, answer);
        return switch (expected) {
            case ALLOW -> status != 401 && status != 403 && status < 500 && !loginRedirect;
            case LOGIN -> status == 401 || loginRedirect;
            case DENY -> status == 403;
            case HIDDEN -> status == 404;
        };
    }

    static boolean isLoginRedirect(String method, MatrixCalls.Answer answer) {
        String location = answer.location();
        if ((answer.status() != 303 && answer.status() != 302) || location == null) {
            return false;
        }
        return method.equals("GET") ? location.startsWith("/connexion?retour=") : location.equals("/connexion");
    }

    void record(RouteRule rule, Caller caller, MatrixCalls.Answer answer) {
        cells++;
        Expect expected = rule.expect(caller);
        if (!matches(expected, rule.method(), answer)) {
            String got = answer.status() + (isLoginRedirect(rule.method(), answer) ? " (vers connexion)" : "");
            mismatches.add(new Mismatch(rule.method() + " " + rule.path(), caller, expected, got, detail(answer)));
        }
    }

    void missingRecipe(RouteRule rule) {
        mismatches.add(new Mismatch(rule.method() + " " + rule.path(), null, null, "-",
                "pas de requête pour cette ligne dans MatrixTargets"));
    }

    void failed(RouteRule rule, Caller caller, RuntimeException e) {
        cells++;
        mismatches.add(new Mismatch(rule.method() + " " + rule.path(), caller, rule.expect(caller), "exception",
                e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    int cells() {
        return cells;
    }

    List<Mismatch> mismatches() {
        return mismatches;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d cellule(s) sur %d ne répondent pas comme AccessRules l'indique :%n",
                mismatches.size(), cells));
        out.append(String.format("%-62s | %-20s | %-8s | %-18s | %s%n", "route", "appelant", "attendu", "obtenu", "détail"));
        for (Mismatch m : mismatches) {
            out.append(String.format("%-62s | %-20s | %-8s | %-18s | %s%n", m.route(),
                    m.caller() == null ? "-" : m.caller().name(), m.expected() == null ? "-" : m.expected().name(),
                    m.got(), m.detail()));
        }
        return out.toString();
    }

    private static String detail(MatrixCalls.Answer answer) {
        if (answer.location() != null) {
            return "Location: " + answer.location().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
        }
        if (answer.status() < 400) {
            return "réponse acceptée";
        }
        String body = answer.body();
        Matcher json = DETAIL.matcher(body);
        if (json.find()) {
            return shorten(json.group(1));
        }
        Matcher h1 = H1.matcher(body);
        if (h1.find()) {
            return shorten(h1.group(1).replaceAll("<[^>]+>", "").strip());
        }
        return shorten(body.replaceAll("\\s+", " ").strip());
    }

    private static String shorten(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 140 ? text : text.substring(0, 140) + "…";
    }
}
