package fr.tremplin.api.access;

import fr.tremplin.api.access.MatrixFixtures.List1;
import fr.tremplin.api.access.MatrixFixtures.Person;
import fr.tremplin.api.access.MatrixFixtures.Vacancy;
import fr.tremplin.api.shortlist.ShortlistScenario;
import fr.tremplin.api.support.JobSeekerRequestBuilder;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static fr.tremplin.api.access.MatrixAccounts.UNIT;

/**
 * What each cell asks: the concrete path (fixture ids in place of the variables, the unit NANTES-NORD asked for on
 * the unit-scoped lists) and a plausible body (a {@code Map} sent as JSON, a {@code String} sent as a form).
 * Routes that change or consume their resource get a fresh one per cell. A row without a recipe here answers
 * {@code null}, which the matrix reports as a failing row.
 */
final class MatrixTargets {
    /** The request of one cell: the path with its query, and the body (null, JSON map or form string). */
    record Target(String path, @Nullable Object body) {
        static Target get(String path) {
            return new Target(path, null);
        }
    }

    private static final String NOTE = "Entretien convenu par téléphone avec l'employeur.";
    private final MatrixFixtures f;
    /** Unspent fresh resources of the current row, by slot. */
    private final Map<String, Object> spare = new HashMap<>();
    private String row = "";

    MatrixTargets(MatrixFixtures fixtures) {
        this.f = fixtures;
    }

    /**
     * The request of this cell. A route that changes its resource gets one of its own: a fresh resource serves the
     * cells of its row until one of them is answered without refusal ({@link #spent()}); a refused request (4xx)
     * changes nothing, so the next cell may reuse it, still untouched.
     */
    @Nullable
    Target of(RouteRule rule, Caller caller) {
        String route = rule.method() + " " + rule.path();
        if (!route.equals(row)) {
            row = route;
            spare.clear();
        }
        Target t = api(rule.method() + " " + rule.path(), caller);
        return t != null ? t : web(rule.method() + " " + rule.path());
    }

    /** The last cell was not refused: the resources it was given may have changed. */
    void spent() {
        spare.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T fresh(String slot, Supplier<T> make) {
        return (T) spare.computeIfAbsent(slot, s -> make.get());
    }

    @Nullable
    private Target api(String route, Caller caller) {
        boolean employer = caller.role() == Role.EMPLOYER;
        String sl = "/api/v1/shortlists/";
        return switch (route) {
            case "POST /login" -> new Target("/login", Map.of("username", "conseiller", "password", "demo"));
            case "GET /api/v1/occupations" -> Target.get("/api/v1/occupations?q=macon");
            case "GET /api/v1/occupations/{code}" -> Target.get("/api/v1/occupations/F1703");
            case "GET /api/v1/skills" -> Target.get("/api/v1/skills?q=beton");
            case "GET /api/v1/communes" -> Target.get("/api/v1/communes?q=nantes");
            case "GET /api/v1/employment-units" -> Target.get("/api/v1/employment-units");
            case "GET /api/v1/job-seekers" -> Target.get("/api/v1/job-seekers?unit=" + UNIT);
            case "POST /api/v1/job-seekers" -> new Target("/api/v1/job-seekers", seeker(null));
            case "GET /api/v1/job-seekers/{id}" -> Target.get("/api/v1/job-seekers/" + f.person.id());
            case "PUT /api/v1/job-seekers/{id}" -> {
                Person p = fresh("person", f::person);
                yield new Target("/api/v1/job-seekers/" + p.id(), seeker(p.version()));
            }
            case "DELETE /api/v1/job-seekers/{id}" -> Target.get("/api/v1/job-seekers/" + fresh("person", f::person).id() + "?reason=test");
            case "GET /api/v1/job-seekers/{id}/export" -> Target.get("/api/v1/job-seekers/" + f.person.id() + "/export");
            case "GET /api/v1/retention" -> Target.get("/api/v1/retention?unit=" + UNIT);
            case "GET /api/v1/vacancies/{id}/candidates" -> Target.get("/api/v1/vacancies/" + f.vacancy.id() + "/candidates");
            case "GET /api/v1/job-seekers/{id}/vacancies" -> Target.get("/api/v1/job-seekers/" + f.person.id() + "/vacancies");
            case "GET /api/v1/job-seekers/{id}/prospects" -> Target.get("/api/v1/job-seekers/" + f.person.id() + "/prospects");
            case "GET /api/v1/employers/{id}/contacts" -> Target.get("/api/v1/employers/" + f.company + "/contacts");
            case "POST /api/v1/employers/{id}/contacts" -> new Target("/api/v1/employers/" + f.company + "/contacts",
                    Map.of("date", LocalDate.now(DepartementTime.ZONE).toString(), "outcome", "NO_ANSWER", "unit", caller.own() ? UNIT
                            : "SAINT-NAZAIRE"));
            case "GET /api/v1/job-seekers/{id}/trainings" -> Target.get("/api/v1/job-seekers/" + f.person.id() + "/trainings");
            case "POST /api/v1/search/candidates" -> new Target("/api/v1/search/candidates",
                    Map.of("occupations", List.of("F1703"), "communeInsee", "44109", "radiusKm", 30));
            case "GET /api/v1/employers" -> Target.get("/api/v1/employers");
            case "POST /api/v1/employers" -> new Target("/api/v1/employers", Map.of("siret", ShortlistScenario.siret(),
                    "name", "Entreprise matrice " + System.nanoTime(), "kind", "COMPANY", "sector", "BUILDING",
                    "communeInsee", "44109"));
            case "GET /api/v1/employers/{id}" -> Target.get("/api/v1/employers/" + f.company);
            case "GET /api/v1/vacancies" -> Target.get("/api/v1/vacancies");
            case "POST /api/v1/vacancies" -> new Target("/api/v1/vacancies",
                    MatrixFixtures.vacancyBody(employer ? null : f.company));
            case "GET /api/v1/vacancies/{id}" -> Target.get("/api/v1/vacancies/" + f.vacancy.id());
            case "PUT /api/v1/vacancies/{id}" -> {
                Vacancy v = fresh("vacancy", f::vacancy);
                Map<String, Object> body = MatrixFixtures.vacancyBody(employer ? null : f.company);
                body.put("version", v.version());
                yield new Target("/api/v1/vacancies/" + v.id(), body);
            }
            case "DELETE /api/v1/vacancies/{id}" -> Target.get("/api/v1/vacancies/" + fresh("vacancy", f::vacancy).id());
            case "POST /api/v1/shortlists" -> new Target("/api/v1/shortlists", Map.of("vacancyId", fresh("vacancy", f::vacancy).id(),
                    "jobSeekerIds", List.of(fresh("person", f::person).id()), "note", "Profils rencontrés cette semaine."));
            case "GET /api/v1/shortlists" -> Target.get("/api/v1/shortlists");
            case "GET /api/v1/shortlists/overview" ->
                    Target.get("/api/v1/shortlists/overview" + (employer ? "" : "?employer=" + f.company));
            case "GET /api/v1/shortlists/reasons" -> Target.get(sl + "reasons");
            case "GET /api/v1/shortlists/{id}" -> Target.get(sl + f.sent.id());
            case "GET /api/v1/shortlists/{id}/history" -> Target.get(sl + f.sent.id() + "/history");
            case "POST /api/v1/shortlists/{id}/candidates" -> new Target(sl + fresh("draft", f::draft).id() + "/candidates",
                    Map.of("jobSeekerIds", List.of(fresh("person", f::person).id())));
            case "GET /api/v1/shortlists/{id}/candidates/{jobSeekerId}" ->
                    Target.get(sl + f.sent.id() + "/candidates/" + f.sent.personId());
            case "POST /api/v1/shortlists/{id}/send" -> new Target(sl + fresh("draft", f::draft).id() + "/send", Map.of());
            case "POST /api/v1/shortlists/{id}/withdraw" -> new Target(sl + fresh("sent", f::sent).id() + "/withdraw",
                    Map.of("reason", "SELECTION_ERROR", "comment", NOTE));
            case "POST /api/v1/shortlists/{id}/candidates/{jobSeekerId}/withdraw" -> {
                List1 s = fresh("sent", f::sent);
                yield new Target(sl + s.id() + "/candidates/" + s.personId() + "/withdraw",
                        Map.of("reason", "SEEKER_UNAVAILABLE", "comment", NOTE));
            }
            case "POST /api/v1/shortlists/{id}/candidates/{jobSeekerId}/outcome" -> {
                List1 s = fresh("sent", f::sent);
                yield new Target(sl + s.id() + "/candidates/" + s.personId() + "/outcome",
                        Map.of("outcome", "INTERVIEW", "comment", NOTE));
            }
            case "GET /api/v1/placements" -> Target.get("/api/v1/placements");
            case "GET /api/v1/placements/{id}" -> Target.get("/api/v1/placements/" + f.placement);
            case "GET /api/v1/profile-shares" -> Target.get("/api/v1/profile-shares?jobSeeker=" + f.person.id());
            case "GET /api/v1/public-contracts" -> Target.get("/api/v1/public-contracts");
            case "POST /api/v1/public-contracts" ->
                    new Target("/api/v1/public-contracts", f.contract(ShortlistScenario.uniqueRef()));
            case "GET /api/v1/public-contracts/{id}" -> Target.get("/api/v1/public-contracts/" + f.contractId);
            case "GET /api/v1/insertion-hours" -> Target.get("/api/v1/insertion-hours");
            case "POST /api/v1/insertion-hours" -> new Target("/api/v1/insertion-hours", Map.of("contractRef",
                    f.contractRef, "jobSeekerId", f.person.id(), "hours", 7, "month", YearMonth.now().toString()));
            case "GET /api/v1/reports/activity" -> Target.get("/api/v1/reports/activity?unit=" + UNIT);
            case "GET /api/v1/reports/insertion-hours" -> Target.get("/api/v1/reports/insertion-hours?unit=" + UNIT);
            case "GET /api/v1/reports/exposure" -> Target.get("/api/v1/reports/exposure?unit=" + UNIT);
            case "GET /api/v1/alerts" -> Target.get("/api/v1/alerts?unit=" + UNIT);
            case "GET /api/v1/reports/missing-skills" -> Target.get("/api/v1/reports/missing-skills?unit=" + UNIT);
            case "POST /api/v1/imports/{kind}" -> new Target("/api/v1/imports/job-seekers?dryRun=true", seekerFile());
            case "GET /api/v1/exports/{kind}" -> Target.get("/api/v1/exports/job-seekers?unit=" + UNIT);
            case "GET /api/v1/audit" -> Target.get("/api/v1/audit?unit=" + UNIT);
            case "GET /api/v1/admin/index" -> Target.get("/api/v1/admin/index");
            case "GET /api/v1/admin/nodes" -> Target.get("/api/v1/admin/nodes");
            case "POST /api/v1/admin/index/rebuild" -> new Target("/api/v1/admin/index/rebuild", Map.of());
            case "POST /api/v1/admin/index/verify" -> new Target("/api/v1/admin/index/verify", Map.of());
            case "POST /logout" -> new Target("/logout", Map.of());
            case "POST /password-reset" -> new Target("/password-reset", Map.of("username", "inconnu-matrice"));
            case "GET /api/v1/me/mail-preferences" -> Target.get("/api/v1/me/mail-preferences");
            case "PUT /api/v1/me/mail-preferences" -> new Target("/api/v1/me/mail-preferences",
                    Map.of("shortlistReminders", true));
            case "GET /api/v1/accounts" -> Target.get("/api/v1/accounts?q=matrice&sort=createdAt,desc");
            case "POST /api/v1/accounts" -> new Target("/api/v1/accounts", account(null));
            case "GET /api/v1/accounts/{id}" -> Target.get("/api/v1/accounts/" + f.account());
            case "PUT /api/v1/accounts/{id}" -> {
                String id = fresh("account", f::account);
                yield new Target("/api/v1/accounts/" + id, account("matrice-modifie-" + System.nanoTime()));
            }
            case "POST /api/v1/accounts/{id}/deactivate" ->
                    new Target("/api/v1/accounts/" + fresh("account", f::account) + "/deactivate", Map.of());
            case "GET /api/v1/admin/outgoing-mails" -> Target.get("/api/v1/admin/outgoing-mails?to=example.org");
            case "GET /api/v1/admin/outgoing-mails/{id}" -> Target.get("/api/v1/admin/outgoing-mails/" + f.mail());
            default -> null;
        };
    }

    @Nullable
    private Target web(String route) {
        return switch (route) {
            case "GET /connexion" -> Target.get("/connexion");
            case "GET /health" -> Target.get("/health");
            case "GET /health/{selector}" -> Target.get("/health/liveness");
            case "POST /connexion" -> new Target("/connexion", "username=conseiller&password=demo");
            case "POST /deconnexion" -> new Target("/deconnexion", "");
            case "GET /" -> Target.get("/");
            case "GET /fragments/metiers" -> Target.get("/fragments/metiers?q=macon");
            case "GET /fragments/competences" -> Target.get("/fragments/competences?q=beton");
            case "GET /fragments/communes" -> Target.get("/fragments/communes?q=nantes");
            case "GET /fragments/metiers-pour-intitule" -> Target.get("/fragments/metiers-pour-intitule?title=macon");
            case "GET /pilotage/import" -> Target.get("/pilotage/import");
            case "GET /pilotage/clauses/marches/nouveau" -> Target.get("/pilotage/clauses/marches/nouveau");
            case "POST /pilotage/clauses/marches/nouveau" -> new Target("/pilotage/clauses/marches/nouveau",
                    "ref=" + ShortlistScenario.uniqueRef() + "&buyerId=" + f.buyer + "&title=Matrice&hoursTarget=100"
                            + "&startDate=01/01/2026&endDate=31/12/2027");
            case "GET /pilotage/clauses/heures" -> Target.get("/pilotage/clauses/heures");
            case "POST /pilotage/clauses/heures" -> new Target("/pilotage/clauses/heures", "contractRef="
                    + f.contractRef + "&jobSeekerId=" + f.person.id() + "&hours=7&month=" + YearMonth.now());
            case "POST /pilotage/import/verifier" -> new Target("/pilotage/import/verifier",
                    new UploadForm("job-seekers", seekerFile().text()));
            case "POST /pilotage/import/importer" -> new Target("/pilotage/import/importer", "fichier=inconnu");
            case "GET /personnes" -> Target.get("/personnes?unite=" + UNIT);
            case "GET /personnes/nouvelle" -> Target.get("/personnes/nouvelle");
            case "POST /personnes/nouvelle" -> new Target("/personnes/nouvelle", seekerForm(null));
            case "GET /personnes/{id}" -> Target.get("/personnes/" + f.person.id());
            case "GET /personnes/{id}/modifier" -> Target.get("/personnes/" + f.person.id() + "/modifier");
            case "POST /personnes/{id}/modifier" -> {
                Person p = fresh("person", f::person);
                yield new Target("/personnes/" + p.id() + "/modifier", seekerForm(p.version()));
            }
            case "GET /personnes/{id}/donnees" -> Target.get("/personnes/" + f.person.id() + "/donnees");
            case "POST /personnes/{id}/entreprises/{employerId}/contact" -> new Target("/personnes/" + f.person.id()
                    + "/entreprises/" + f.company + "/contact", "date=" + LocalDate.now(DepartementTime.ZONE) + "&resultat=NO_ANSWER");
            case "POST /personnes/{id}/proposer" -> new Target("/personnes/" + fresh("person", f::person).id()
                    + "/proposer", "offre=" + fresh("vacancy", f::vacancy).id());
            case "GET /pilotage/conservation" -> Target.get("/pilotage/conservation?unite=" + UNIT);
            case "GET /offres" -> Target.get("/offres");
            case "GET /mes-offres" -> Target.get("/mes-offres");
            case "GET /offres/{id}" -> Target.get("/offres/" + f.vacancy.id());
            case "GET /offres/nouvelle" -> Target.get("/offres/nouvelle");
            case "POST /offres/nouvelle" -> new Target("/offres/nouvelle", vacancyForm(null));
            case "GET /offres/{id}/modifier" -> Target.get("/offres/" + f.vacancy.id() + "/modifier");
            case "POST /offres/{id}/modifier" -> {
                Vacancy v = fresh("vacancy", f::vacancy);
                yield new Target("/offres/" + v.id() + "/modifier", vacancyForm(v.version()));
            }
            case "GET /offres/formulaire/competences" -> Target.get("/offres/formulaire/competences?occupation=F1703");
            case "POST /offres/{id}/selection" -> new Target("/offres/" + fresh("vacancy", f::vacancy).id() + "/selection",
                    "candidats=" + fresh("person", f::person).id() + "&note=" + form(NOTE));
            case "GET /selections" -> Target.get("/selections");
            case "GET /selections/{id}" -> Target.get("/selections/" + f.sent.id());
            case "POST /selections/{id}/envoyer" -> new Target("/selections/" + fresh("draft", f::draft).id() + "/envoyer", "");
            case "POST /selections/{id}/candidats/{jobSeekerId}/retirer" -> {
                List1 s = fresh("sent", f::sent);
                yield new Target("/selections/" + s.id() + "/candidats/" + s.personId() + "/retirer",
                        "reason=SEEKER_UNAVAILABLE&comment=" + form(NOTE));
            }
            case "GET /mes-selections" -> Target.get("/mes-selections");
            case "GET /mes-selections/{id}" -> Target.get("/mes-selections/" + f.sent.id());
            case "POST /mes-selections/{id}/candidats/{jobSeekerId}" -> {
                List1 s = fresh("sent", f::sent);
                yield new Target("/mes-selections/" + s.id() + "/candidats/" + s.personId(), "outcome=INTERVIEW");
            }
            case "GET /pilotage" -> Target.get("/pilotage?unite=" + UNIT);
            case "GET /pilotage/rapports" -> Target.get("/pilotage/rapports?unite=" + UNIT);
            case "GET /pilotage/competences-manquantes" -> Target.get("/pilotage/competences-manquantes?unite=" + UNIT);
            case "GET /pilotage/clauses" -> Target.get("/pilotage/clauses?unite=" + UNIT);
            case "GET /pilotage/journal" -> Target.get("/pilotage/journal?unite=" + UNIT);
            case "GET /pilotage/exposition" -> Target.get("/pilotage/exposition?unite=" + UNIT);
            case "GET /alertes" -> Target.get("/alertes");
            case "GET /administration" -> Target.get("/administration");
            case "GET /administration/index" -> Target.get("/administration/index");
            case "GET /administration/index/etat" -> Target.get("/administration/index/etat");
            case "POST /administration/index/reconstruire" -> new Target("/administration/index/reconstruire", "");
            case "POST /administration/index/verifier" -> new Target("/administration/index/verifier", "");
            case "GET /mot-de-passe-oublie" -> Target.get("/mot-de-passe-oublie");
            case "GET /accessibilite" -> Target.get("/accessibilite");
            case "POST /mot-de-passe-oublie" -> new Target("/mot-de-passe-oublie", "username=inconnu-matrice");
            case "GET /mot-de-passe" -> Target.get("/mot-de-passe?jeton=inconnu");
            case "POST /mot-de-passe" -> new Target("/mot-de-passe", "jeton=inconnu&password=x&confirmation=x");
            case "GET /mon-compte" -> Target.get("/mon-compte");
            case "POST /mon-compte" -> new Target("/mon-compte", "relances=oui");
            case "GET /administration/comptes" -> Target.get("/administration/comptes?q=matrice");
            case "GET /administration/comptes/nouveau" -> Target.get("/administration/comptes/nouveau");
            case "POST /administration/comptes/nouveau" -> new Target("/administration/comptes/nouveau",
                    "username=matrice-web-" + System.nanoTime() + "&displayName=Matrice&email=matrice%40tremplin.example.org"
                            + "&role=ADVISER&employmentUnit=" + UNIT);
            case "GET /administration/comptes/{id}/modifier" -> Target.get("/administration/comptes/" + f.account() + "/modifier");
            case "POST /administration/comptes/{id}/modifier" -> new Target("/administration/comptes/"
                    + fresh("account", f::account) + "/modifier", "username=matrice-web-" + System.nanoTime()
                    + "&displayName=Matrice&email=matrice%40tremplin.example.org&role=ADVISER&employmentUnit=" + UNIT
                    + "&active=oui");
            case "POST /administration/comptes/{id}/desactiver" ->
                    new Target("/administration/comptes/" + fresh("account", f::account) + "/desactiver", "");
            case "GET /administration/courriels" -> Target.get("/administration/courriels?a=example.org");
            case "GET /administration/courriels/{id}" -> Target.get("/administration/courriels/" + f.mail());
            default -> null;
        };
    }

    /** A valid adviser account of NANTES-NORD, with a new username unless one is given. */
    private static Map<String, Object> account(@Nullable String username) {
        return Map.of("username", username != null ? username : "matrice-" + System.nanoTime(),
                "displayName", "Compte de la matrice", "email", "matrice@tremplin.example.org", "role", "ADVISER",
                "employmentUnit", UNIT);
    }

    /** A valid job-seeker request of NANTES-NORD (a record, sent as JSON). */
    private static Object seeker(@Nullable Long version) {
        return JobSeekerRequestBuilder.aJobSeeker().unit(UNIT).version(version).build();
    }

    /** A one-person CSV file of NANTES-NORD (sent as text/csv). */
    private static CsvBody seekerFile() {
        return new CsvBody("Référence;Nom;Prénom;Date de naissance;Commune (INSEE);Rayon (km);Métiers visés;Unité;Consentement\r\n"
                + "CSV-" + System.nanoTime() + ";Diallo;Amina;01/05/1990;44109;25;F1703;" + UNIT + ";oui\r\n");
    }

    /** A file sent by the import page's form (multipart: kind and file; CSRF token in the query). */
    record UploadForm(String kind, String text) {
    }

    /** A file body, sent as {@code text/csv}. */
    record CsvBody(String text) {
    }

    private static String seekerForm(@Nullable Long version) {
        return "externalRef=WEB-" + System.nanoTime() + "&firstName=Amina&lastName=Diallo&birthDate=1990-05-01"
                + "&commune=44109&mobilityRadiusKm=25&licences=B&hasVehicle=on&targetOccupations=F1703"
                + "&availableFrom=" + LocalDate.now(DepartementTime.ZONE).plusDays(10) + "&workingTime=FULL_TIME&publics=RSA"
                + "&employmentUnit=" + UNIT + "&consentToShare=oui&status=ACTIVE"
                + (version == null ? "" : "&version=" + version);
    }

    private static String vacancyForm(@Nullable Long version) {
        return "title=" + form("Maçon (H/F)") + "&occupation=F1703&commune=44109&contractType=CDD&hoursPerWeek=35"
                + "&startDate=" + LocalDate.now(DepartementTime.ZONE).plusDays(14) + "&positions=2&requiredLicences=B&competence.103767=REQUIRED"
                + "&status=OPEN"
                + (version == null ? "" : "&version=" + version);
    }

    private static String form(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
