package fr.tremplin.api.web;

/** The addresses of the web pages (French, at the root: they share no prefix with /api, /login or /health). */
public final class WebPaths {
    public static final String HOME = "/";
    public static final String LOGIN = "/connexion";
    public static final String LOGOUT = "/deconnexion";
    public static final String SEEKERS = "/personnes";
    public static final String VACANCIES = "/offres";
    public static final String MY_VACANCIES = "/mes-offres";
    public static final String SHORTLISTS = "/selections";
    public static final String ALERTS = "/alertes";
    public static final String MY_SHORTLISTS = "/mes-selections";
    public static final String MANAGER_HOME = "/pilotage";
    public static final String REPORTS = "/pilotage/rapports";
    public static final String CLAUSES = "/pilotage/clauses";
    public static final String IMPORT = "/pilotage/import";
    public static final String ADMIN_INDEX = "/administration/index";
    public static final String ADMIN_HOME = "/administration";
    public static final String ACCOUNTS = "/administration/comptes";
    public static final String MAILS = "/administration/courriels";
    public static final String FORGOT_PASSWORD = "/mot-de-passe-oublie";
    public static final String SET_PASSWORD = "/mot-de-passe";
    public static final String MY_ACCOUNT = "/mon-compte";
    public static final String ACCESSIBILITY = "/accessibilite";
    public static final String FRAGMENTS = "/fragments";
    public static final String STATIC = "/static";
    /** The media type of every page (UTF-8 declared in the header as well as in the page). */
    public static final String HTML = "text/html;charset=utf-8";

    private WebPaths() {
    }

    /** Only a path of this site (never "//host" or "https://..."), so a login cannot redirect elsewhere. */
    public static boolean isLocalPath(String target) {
        return target != null && target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")
                && target.chars().noneMatch(c -> c < 0x20);
    }
}
