package fr.tremplin.api.access;

import fr.tremplin.data.user.Role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.tremplin.api.access.Scope.MANAGER_UNIT;
import static fr.tremplin.api.access.Scope.OWN_EMPLOYER;
import static fr.tremplin.api.access.Scope.PERSON_UNIT;
import static fr.tremplin.api.access.Scope.PUBLIC;
import static fr.tremplin.api.access.Scope.ROLE;
import static fr.tremplin.api.access.Scope.SHORTLIST_UNIT;
import static fr.tremplin.data.user.Role.ADMIN;
import static fr.tremplin.data.user.Role.ADVISER;
import static fr.tremplin.data.user.Role.EMPLOYER;
import static fr.tremplin.data.user.Role.UNIT_MANAGER;

/**
 * The authorization matrix: every route of the API and of the web application, who reaches it and how far.
 * The code enforces it ({@code @Secured} for roles, {@link AccessPolicy} for units, employers' data hidden as
 * unknown); the authorization matrix test checks the running service against this table for every route and
 * every caller, and fails when a route has no row; docs/privacy.md is generated from it.
 */
public final class AccessRules {
    private static final Set<Role> STAFF = EnumSet.of(ADVISER, UNIT_MANAGER, ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.of(ADVISER, UNIT_MANAGER, ADMIN, EMPLOYER);
    private static final Set<Role> MANAGERS = EnumSet.of(UNIT_MANAGER, ADMIN);
    private static final Set<Role> ADVISERS = EnumSet.of(ADVISER);
    private static final Set<Role> EMPLOYERS = EnumSet.of(EMPLOYER);
    private static final Set<Role> ADMINS = EnumSet.of(ADMIN);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    private static final List<RouteRule> RULES = rules();

    private AccessRules() {
    }

    public static List<RouteRule> all() {
        return RULES;
    }

    public static Optional<RouteRule> find(String method, String path) {
        return RULES.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst();
    }

    private static List<RouteRule> rules() {
        List<RouteRule> r = new ArrayList<>();
        // connexion
        add(r, "POST", "/login", NOBODY, PUBLIC, "Se connecter (API)");
        add(r, "POST", "/logout", EVERYONE, ROLE, "Se déconnecter (API) : le jeton est révoqué aussitôt");
        add(r, "GET", "/connexion", NOBODY, PUBLIC, "Page de connexion");
        add(r, "POST", "/connexion", NOBODY, PUBLIC, "Se connecter (web)");
        add(r, "POST", "/deconnexion", NOBODY, PUBLIC, "Se déconnecter (web)");
        add(r, "GET", "/", NOBODY, PUBLIC, "Accueil (redirige selon le rôle)");
        add(r, "POST", "/password-reset", NOBODY, PUBLIC, "Mot de passe oublié (API) : 202 quel que soit le nom, lien à usage unique par courriel");
        add(r, "GET", "/mot-de-passe-oublie", NOBODY, PUBLIC, "Page « Mot de passe oublié ? »");
        add(r, "POST", "/mot-de-passe-oublie", NOBODY, PUBLIC, "Demander un lien de mot de passe (web, même réponse quel que soit le nom)");
        add(r, "GET", "/mot-de-passe", NOBODY, PUBLIC, "Page d'un lien à usage unique (invitation, mot de passe oublié)");
        add(r, "GET", "/accessibilite", NOBODY, PUBLIC, "Déclaration d'accessibilité (RGAA), liée depuis le pied de chaque page");
        add(r, "POST", "/mot-de-passe", NOBODY, PUBLIC, "Choisir son mot de passe avec un lien valide (journalisé)");
        add(r, "GET", "/api/v1/me/mail-preferences", EMPLOYERS, ROLE, "Ses préférences de courriels (employeur)");
        add(r, "PUT", "/api/v1/me/mail-preferences", EMPLOYERS, ROLE, "Activer ou couper les rappels des sélections (employeur ; journalisé)");
        add(r, "GET", "/mon-compte", EMPLOYERS, ROLE, "Mon compte (employeur) : adresse et rappels");
        add(r, "POST", "/mon-compte", EMPLOYERS, ROLE, "Activer ou couper les rappels des sélections (web)");
        // référentiel
        add(r, "GET", "/api/v1/occupations", EVERYONE, ROLE, "Chercher un métier ROME");
        add(r, "GET", "/api/v1/occupations/{code}", EVERYONE, ROLE, "Lire un métier ROME");
        add(r, "GET", "/api/v1/skills", EVERYONE, ROLE, "Chercher une compétence");
        add(r, "GET", "/api/v1/communes", EVERYONE, ROLE, "Chercher une commune");
        add(r, "GET", "/api/v1/employment-units", EVERYONE, ROLE, "Lister les unités emploi");
        add(r, "GET", "/fragments/metiers", EVERYONE, ROLE, "Suggestions de métiers (formulaires)");
        add(r, "GET", "/fragments/competences", EVERYONE, ROLE, "Suggestions de compétences (formulaires)");
        add(r, "GET", "/fragments/communes", EVERYONE, ROLE, "Suggestions de communes (formulaires)");
        add(r, "GET", "/fragments/metiers-pour-intitule", EVERYONE, ROLE, "Métiers d'un intitulé (formulaires)");
        // personnes
        add(r, "GET", "/api/v1/job-seekers", STAFF, PERSON_UNIT, "Lister les personnes (son unité ; ADMIN : toutes)");
        add(r, "POST", "/api/v1/job-seekers", STAFF, PERSON_UNIT, "Créer une fiche (dans son unité)");
        add(r, "GET", "/api/v1/job-seekers/{id}", STAFF, PERSON_UNIT, "Lire une fiche complète (journalisé)");
        add(r, "PUT", "/api/v1/job-seekers/{id}", STAFF, PERSON_UNIT, "Modifier une fiche (journalisé)");
        add(r, "DELETE", "/api/v1/job-seekers/{id}", MANAGERS, PERSON_UNIT, "Effacer une personne, avec un motif (journalisé)");
        add(r, "GET", "/api/v1/job-seekers/{id}/export", STAFF, PERSON_UNIT, "Droit d'accès : toutes les données de la personne (journalisé)");
        add(r, "GET", "/personnes", STAFF, PERSON_UNIT, "Liste des personnes (son unité ; ADMIN : toutes)");
        add(r, "GET", "/personnes/nouvelle", STAFF, ROLE, "Formulaire de création");
        add(r, "POST", "/personnes/nouvelle", STAFF, PERSON_UNIT, "Créer une fiche (dans son unité)");
        add(r, "GET", "/personnes/{id}", STAFF, PERSON_UNIT, "Fiche d'une personne (journalisé)");
        add(r, "GET", "/personnes/{id}/modifier", STAFF, PERSON_UNIT, "Formulaire de modification");
        add(r, "POST", "/personnes/{id}/modifier", STAFF, PERSON_UNIT, "Modifier une fiche (journalisé)");
        add(r, "GET", "/personnes/{id}/donnees", STAFF, PERSON_UNIT, "Télécharger les données de la personne (journalisé)");
        add(r, "POST", "/personnes/{id}/entreprises/{employerId}/contact", STAFF, PERSON_UNIT, "Enregistrer un contact avec une entreprise à démarcher (web ; mêmes règles que l'API)");
        add(r, "POST", "/personnes/{id}/proposer", ADVISERS, ROLE, "Proposer la personne pour une offre : son brouillon de liste pour l'offre (web)");
        add(r, "GET", "/api/v1/retention", MANAGERS, MANAGER_UNIT, "Personnes bientôt anonymisées (durée de conservation)");
        add(r, "GET", "/pilotage/conservation", MANAGERS, ROLE, "Page : personnes bientôt anonymisées (un responsable voit son unité)");
        // alertes
        add(r, "GET", "/api/v1/alerts", STAFF, PERSON_UNIT, "Alertes de son unité : personnes sans proposition, nouvelles offres, employeurs sans réponse, consentements à renouveler (ADMIN : toutes)");
        add(r, "GET", "/alertes", STAFF, ROLE, "Alertes (page ; toujours celles de son unité, ADMIN : toutes)");
        // classements
        add(r, "GET", "/api/v1/vacancies/{id}/candidates", STAFF, ROLE, "Classer les candidats d'une offre (toutes unités, nom pseudonymisé)");
        add(r, "GET", "/api/v1/job-seekers/{id}/vacancies", STAFF, PERSON_UNIT, "Classer les offres d'une personne de son unité");
        add(r, "GET", "/api/v1/job-seekers/{id}/prospects", STAFF, PERSON_UNIT, "Entreprises à démarcher pour une personne de son unité (marché caché)");
        add(r, "GET", "/api/v1/job-seekers/{id}/trainings", STAFF, PERSON_UNIT, "Ce qui ouvrirait le plus d'offres à une personne de son unité (compétences, certificats, permis)");
        add(r, "POST", "/api/v1/search/candidates", STAFF, ROLE, "Recherche libre de candidats (toutes unités, nom pseudonymisé)");
        // employeurs et offres
        add(r, "GET", "/api/v1/employers", EVERYONE, OWN_EMPLOYER, "Lister les employeurs (employeur : le sien)");
        add(r, "POST", "/api/v1/employers", STAFF, ROLE, "Créer un employeur");
        add(r, "GET", "/api/v1/employers/{id}", EVERYONE, OWN_EMPLOYER, "Lire un employeur");
        add(r, "GET", "/api/v1/employers/{id}/contacts", STAFF, ROLE, "Contacts des unités avec une entreprise (jamais montrés aux employeurs)");
        add(r, "POST", "/api/v1/employers/{id}/contacts", STAFF, ROLE, "Enregistrer un contact de son unité avec une entreprise (journalisé ; 409 à moins de 7 jours)");
        add(r, "GET", "/api/v1/vacancies", EVERYONE, OWN_EMPLOYER, "Lister les offres (employeur : les siennes)");
        add(r, "POST", "/api/v1/vacancies", EVERYONE, OWN_EMPLOYER, "Publier une offre");
        add(r, "GET", "/api/v1/vacancies/{id}", EVERYONE, OWN_EMPLOYER, "Lire une offre");
        add(r, "PUT", "/api/v1/vacancies/{id}", EVERYONE, OWN_EMPLOYER, "Modifier une offre");
        add(r, "DELETE", "/api/v1/vacancies/{id}", EVERYONE, OWN_EMPLOYER, "Supprimer une offre");
        add(r, "GET", "/offres", EVERYONE, OWN_EMPLOYER, "Liste des offres");
        add(r, "GET", "/mes-offres", EMPLOYERS, OWN_EMPLOYER, "Mes offres (employeur)");
        add(r, "GET", "/offres/{id}", EVERYONE, OWN_EMPLOYER, "Page d'une offre (et son classement pour les conseillers)");
        add(r, "GET", "/offres/nouvelle", EMPLOYERS, OWN_EMPLOYER, "Formulaire de publication");
        add(r, "POST", "/offres/nouvelle", EMPLOYERS, OWN_EMPLOYER, "Publier une offre (web)");
        add(r, "GET", "/offres/{id}/modifier", EnumSet.of(EMPLOYER, ADVISER, ADMIN), OWN_EMPLOYER, "Formulaire de modification d'une offre");
        add(r, "POST", "/offres/{id}/modifier", EnumSet.of(EMPLOYER, ADVISER, ADMIN), OWN_EMPLOYER, "Modifier une offre (web)");
        add(r, "GET", "/offres/formulaire/competences", EnumSet.of(EMPLOYER, ADVISER, ADMIN), ROLE, "Compétences d'un métier (formulaire)");
        // listes de candidats
        add(r, "POST", "/api/v1/shortlists", ADVISERS, ROLE, "Constituer une liste (une personne d'une autre unité : journalisé, visible de son unité)");
        add(r, "GET", "/api/v1/shortlists", EVERYONE, OWN_EMPLOYER, "Lister les listes (employeur : reçues ; conseiller, responsable : sans les coordonnées des personnes d'une autre unité)");
        add(r, "GET", "/api/v1/shortlists/overview", EVERYONE, OWN_EMPLOYER, "Offres d'un employeur et état de leurs listes");
        add(r, "GET", "/api/v1/shortlists/reasons", EVERYONE, ROLE, "Motifs possibles");
        add(r, "GET", "/api/v1/shortlists/{id}", EVERYONE, OWN_EMPLOYER, "Lire une liste (employeur : pseudonymisée ; conseiller, responsable : sans les coordonnées des personnes d'une autre unité)");
        add(r, "GET", "/api/v1/shortlists/{id}/history", EVERYONE, OWN_EMPLOYER, "Historique d'une liste");
        add(r, "POST", "/api/v1/shortlists/{id}/candidates", ADVISERS, SHORTLIST_UNIT, "Ajouter des personnes (conseillers de l'unité de la liste)");
        add(r, "GET", "/api/v1/shortlists/{id}/candidates/{jobSeekerId}", EVERYONE, OWN_EMPLOYER, "Lire une personne de la liste");
        add(r, "POST", "/api/v1/shortlists/{id}/send", ADVISERS, SHORTLIST_UNIT, "Envoyer la liste (conseillers de l'unité de la liste)");
        add(r, "POST", "/api/v1/shortlists/{id}/withdraw", ADVISERS, SHORTLIST_UNIT, "Retirer la liste (conseillers de l'unité de la liste)");
        add(r, "POST", "/api/v1/shortlists/{id}/candidates/{jobSeekerId}/withdraw", ADVISERS, SHORTLIST_UNIT, "Retirer une personne (conseillers de l'unité de la liste)");
        add(r, "POST", "/api/v1/shortlists/{id}/candidates/{jobSeekerId}/outcome", EnumSet.of(EMPLOYER, ADVISER), SHORTLIST_UNIT, "Réponse de l'employeur (un conseiller de l'unité : au nom de l'employeur, note obligatoire)");
        add(r, "GET", "/api/v1/placements", EVERYONE, OWN_EMPLOYER, "Lister les recrutements");
        add(r, "GET", "/api/v1/placements/{id}", EVERYONE, OWN_EMPLOYER, "Lire un recrutement");
        add(r, "GET", "/api/v1/profile-shares", STAFF, PERSON_UNIT,
                "Transmissions du profil d'une personne aux employeurs (journalisé)");
        add(r, "POST", "/offres/{id}/selection", ADVISERS, ROLE, "Constituer une liste depuis le classement (web)");
        add(r, "GET", "/selections", ADVISERS, ROLE, "Suivi des listes de son unité (et de ses personnes proposées par d'autres)");
        add(r, "GET", "/selections/{id}", ADVISERS, ROLE, "Page d'une liste");
        add(r, "POST", "/selections/{id}/envoyer", ADVISERS, SHORTLIST_UNIT, "Envoyer une liste (web)");
        add(r, "POST", "/selections/{id}/candidats/{jobSeekerId}/retirer", ADVISERS, SHORTLIST_UNIT, "Retirer une personne (web)");
        add(r, "GET", "/mes-selections", EMPLOYERS, OWN_EMPLOYER, "Listes reçues (employeur)");
        add(r, "GET", "/mes-selections/{id}", EMPLOYERS, OWN_EMPLOYER, "Page d'une liste reçue (employeur)");
        add(r, "POST", "/mes-selections/{id}/candidats/{jobSeekerId}", EMPLOYERS, OWN_EMPLOYER, "Répondre pour une personne (employeur)");
        // clauses d'insertion
        add(r, "GET", "/api/v1/public-contracts", EVERYONE, ROLE, "Lister les marchés publics à clause d'insertion");
        add(r, "POST", "/api/v1/public-contracts", STAFF, ROLE, "Enregistrer un marché public");
        add(r, "GET", "/api/v1/public-contracts/{id}", EVERYONE, ROLE, "Lire un marché public");
        add(r, "GET", "/api/v1/insertion-hours", EVERYONE, OWN_EMPLOYER, "Lister les heures d'insertion");
        add(r, "POST", "/api/v1/insertion-hours", EVERYONE, OWN_EMPLOYER, "Déclarer des heures d'insertion");
        // pilotage, journal
        add(r, "GET", "/api/v1/reports/activity", MANAGERS, MANAGER_UNIT, "Rapport d'activité (responsable : son unité)");
        add(r, "GET", "/api/v1/reports/insertion-hours", MANAGERS, MANAGER_UNIT, "Rapport des heures d'insertion");
        add(r, "GET", "/api/v1/reports/exposure", MANAGERS, MANAGER_UNIT, "Exposition équitable : part des propositions par public et durée d'attente (responsable : son unité)");
        add(r, "GET", "/api/v1/reports/missing-skills", MANAGERS, MANAGER_UNIT, "Compétences les plus manquantes pour les offres ouvertes (responsable : son unité ; CSV)");
        // import et export de fichiers
        add(r, "POST", "/api/v1/imports/{kind}", MANAGERS, PERSON_UNIT, "Importer un fichier de personnes (responsable : personnes de son unité seulement ; journalisé), d'employeurs ou d'offres (ADMIN seulement)");
        add(r, "GET", "/api/v1/exports/{kind}", MANAGERS, MANAGER_UNIT, "Exporter en fichier les personnes (responsable : son unité ; journalisé), les employeurs ou les offres (ADMIN seulement)");
        add(r, "GET", "/api/v1/audit", MANAGERS, MANAGER_UNIT, "Journal d'accès aux fiches (responsable : son unité)");
        add(r, "GET", "/pilotage", MANAGERS, ROLE, "Accueil du pilotage");
        add(r, "GET", "/pilotage/rapports", MANAGERS, ROLE, "Rapports (page ; un responsable voit toujours son unité)");
        add(r, "GET", "/pilotage/competences-manquantes", MANAGERS, ROLE, "Compétences manquantes pour les offres ouvertes (page ; un responsable voit son unité)");
        add(r, "GET", "/pilotage/clauses", MANAGERS, ROLE, "Clauses d'insertion (page ; un responsable voit son unité)");
        add(r, "GET", "/pilotage/clauses/marches/nouveau", MANAGERS, ROLE, "Formulaire : enregistrer un marché public");
        add(r, "POST", "/pilotage/clauses/marches/nouveau", MANAGERS, ROLE, "Enregistrer un marché public (web ; mêmes contrôles que l'API)");
        add(r, "GET", "/pilotage/clauses/heures", MANAGERS, ROLE, "Formulaire : saisir des heures d'insertion");
        add(r, "POST", "/pilotage/clauses/heures", MANAGERS, ROLE, "Saisir des heures d'insertion (web ; mêmes contrôles que l'API)");
        add(r, "GET", "/pilotage/import", MANAGERS, ROLE, "Import et export de fichiers (page ; un responsable : les personnes de son unité)");
        add(r, "POST", "/pilotage/import/verifier", MANAGERS, PERSON_UNIT, "Vérifier un fichier à importer (web ; gardé 30 min pour l'import)");
        add(r, "POST", "/pilotage/import/importer", MANAGERS, ROLE, "Importer le fichier vérifié par le même compte (web ; mêmes règles que l'API, dont l'unité)");
        add(r, "GET", "/pilotage/journal", MANAGERS, ROLE, "Journal d'accès (page ; un responsable voit son unité)");
        add(r, "GET", "/pilotage/exposition", MANAGERS, ROLE, "Exposition équitable (page ; un responsable voit son unité)");
        // administration
        add(r, "GET", "/administration", ADMINS, ROLE, "Accueil de l'administration");
        add(r, "GET", "/administration/index", ADMINS, ROLE, "Index de recherche (page)");
        add(r, "GET", "/administration/index/etat", ADMINS, ROLE, "État de l'index (fragment)");
        add(r, "POST", "/administration/index/reconstruire", ADMINS, ROLE, "Reconstruire l'index (web)");
        add(r, "POST", "/administration/index/verifier", ADMINS, ROLE, "Vérifier l'index (web)");
        add(r, "GET", "/api/v1/admin/index", ADMINS, ROLE, "État de l'index");
        add(r, "GET", "/api/v1/admin/nodes", ADMINS, ROLE, "Nœuds du service et baux des tâches exécutées une seule fois");
        add(r, "GET", "/api/v1/accounts", ADMINS, ROLE, "Chercher des comptes");
        add(r, "POST", "/api/v1/accounts", ADMINS, ROLE, "Créer un compte (invitation par courriel ; journalisé)");
        add(r, "GET", "/api/v1/accounts/{id}", ADMINS, ROLE, "Lire un compte");
        add(r, "PUT", "/api/v1/accounts/{id}", ADMINS, ROLE, "Modifier un compte (journalisé)");
        add(r, "POST", "/api/v1/accounts/{id}/deactivate", ADMINS, ROLE, "Désactiver un compte : sessions et liens terminés (journalisé)");
        add(r, "GET", "/api/v1/admin/outgoing-mails", ADMINS, ROLE, "Courriels envoyés ou en attente");
        add(r, "GET", "/api/v1/admin/outgoing-mails/{id}", ADMINS, ROLE, "Lire un courriel (le lien à usage unique est retiré une fois remis)");
        add(r, "GET", "/administration/comptes", ADMINS, ROLE, "Comptes (page) : recherche, pages");
        add(r, "GET", "/administration/comptes/nouveau", ADMINS, ROLE, "Formulaire de création d'un compte");
        add(r, "POST", "/administration/comptes/nouveau", ADMINS, ROLE, "Créer un compte (web ; journalisé)");
        add(r, "GET", "/administration/comptes/{id}/modifier", ADMINS, ROLE, "Formulaire de modification d'un compte");
        add(r, "POST", "/administration/comptes/{id}/modifier", ADMINS, ROLE, "Modifier un compte (web ; journalisé)");
        add(r, "POST", "/administration/comptes/{id}/desactiver", ADMINS, ROLE, "Désactiver un compte (web ; journalisé)");
        add(r, "GET", "/administration/courriels", ADMINS, ROLE, "Courriels (page)");
        add(r, "GET", "/administration/courriels/{id}", ADMINS, ROLE, "Lire un courriel (page)");
        add(r, "POST", "/api/v1/admin/index/rebuild", ADMINS, ROLE, "Reconstruire l'index");
        add(r, "POST", "/api/v1/admin/index/verify", ADMINS, ROLE, "Vérifier l'index");
        return Collections.unmodifiableList(r);
    }

    private static void add(List<RouteRule> rules, String method, String path, Set<Role> roles, Scope scope,
                            String purpose) {
        rules.add(new RouteRule(method, path, roles, scope, purpose));
    }
}
