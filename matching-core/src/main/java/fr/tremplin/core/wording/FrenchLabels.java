package fr.tremplin.core.wording;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.ranking.Facets;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.vacancy.ContractType;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table of French labels for the codes of the domain. Two forms where a page needs both: a short one for
 * chips, badges and column headers ("RSA", "PEC"), a long one for forms and explanations ("Bénéficiaire du RSA",
 * "Parcours emploi compétences (PEC)"). An unknown code is returned as it is, never an exception: a label
 * must not break a page.
 */
public final class FrenchLabels {

    private FrenchLabels() {
    }

    /** "RSA", "Moins de 26 ans", "Chômage de longue durée"... */
    public static String publicShort(Public group) {
        return switch (group) {
            case RSA -> "RSA";
            case YOUTH_UNDER_26 -> "Moins de 26 ans";
            case RQTH -> "RQTH";
            case LONG_TERM_UNEMPLOYED -> "Chômage de longue durée";
            case SENIOR_50_PLUS -> "50 ans et plus";
            case QPV_RESIDENT -> "Quartier prioritaire (QPV)";
        };
    }

    /** "Bénéficiaire du RSA", "Jeune de moins de 26 ans"... */
    public static String publicLong(Public group) {
        return switch (group) {
            case RSA -> "Bénéficiaire du RSA";
            case YOUTH_UNDER_26 -> "Jeune de moins de 26 ans";
            case RQTH -> "Travailleur·se handicapé·e (RQTH)";
            case LONG_TERM_UNEMPLOYED -> "Demandeur·se d'emploi de longue durée";
            case SENIOR_50_PLUS -> "Senior de 50 ans ou plus";
            case QPV_RESIDENT -> "Résident·e d'un quartier prioritaire (QPV)";
        };
    }

    /** "PEC", "IAE", "Apprentissage", "GEIQ", "Clause d'insertion". */
    public static String programmeShort(Programme programme) {
        return switch (programme) {
            case PEC -> "PEC";
            case IAE -> "IAE";
            case APPRENTICESHIP -> "Apprentissage";
            case GEIQ -> "GEIQ";
            case INSERTION_CLAUSE -> "Clause d'insertion";
        };
    }

    /** "Parcours emploi compétences (PEC)"... */
    public static String programmeLong(Programme programme) {
        return switch (programme) {
            case PEC -> "Parcours emploi compétences (PEC)";
            case IAE -> "Insertion par l'activité économique (IAE)";
            case APPRENTICESHIP -> "Apprentissage";
            case GEIQ -> "GEIQ (contrat de professionnalisation)";
            case INSERTION_CLAUSE -> "Clauses sociales d'insertion";
        };
    }

    /** "CDI", "Intérim", "Contrat d'apprentissage"... */
    public static String contractType(ContractType type) {
        return switch (type) {
            case CDI -> "CDI";
            case CDD -> "CDD";
            case INTERIM -> "Intérim";
            case APPRENTICESHIP -> "Contrat d'apprentissage";
            case PROFESSIONALISATION -> "Contrat de professionnalisation";
            case PEC -> "Parcours emploi compétences (PEC)";
            case IAE -> "Insertion par l'activité économique (IAE)";
        };
    }

    /** "Entreprise", "Groupement d'employeurs (GEIQ)", "Structure d'insertion (SIAE)", "Acheteur public". */
    public static String employerKind(EmployerKind kind) {
        return switch (kind) {
            case COMPANY -> "Entreprise";
            case EMPLOYER_GROUP -> "Groupement d'employeurs (GEIQ)";
            case SIAE -> "Structure d'insertion (SIAE)";
            case PUBLIC_BUYER -> "Acheteur public";
        };
    }

    /**
     * A distance band of the {@link Facets#DISTANCE} facet: "0-5" → "Moins de 5 km", "5-10" → "5 à 10 km",
     * "50+" → "50 km et plus".
     */
    public static String distanceBand(String band) {
        if (band.endsWith("+")) {
            return band.substring(0, band.length() - 1) + " km et plus";
        }
        int dash = band.indexOf('-');
        if (dash < 0) {
            return band;
        }
        String from = band.substring(0, dash);
        String to = band.substring(dash + 1);
        return "0".equals(from) ? "Moins de " + to + " km" : from + " à " + to + " km";
    }

    /** The heading of a facet of people ranked for a vacancy ("Unité emploi", "Publics"...); the name itself otherwise. */
    public static String facet(String name) {
        return switch (name) {
            case Facets.EMPLOYMENT_UNIT -> "Unité emploi";
            case Facets.PUBLICS -> "Publics";
            case Facets.DISTANCE -> "Distance";
            case Facets.PROGRAMMES -> "Dispositifs accessibles";
            case Facets.CONTRACT_TYPE -> "Type de contrat";
            case Facets.EMPLOYER_KIND -> "Type d'employeur";
            case Facets.INSERTION_CLAUSE -> "Clause d'insertion";
            default -> name;
        };
    }

    /**
     * The short label of one value of a facet (publics, programmes, distance bands, contract types); the value
     * itself for the facets whose values are names already (employment units are named by the caller).
     */
    public static String facetValue(String facet, String value) {
        return switch (facet) {
            case Facets.PUBLICS -> constant(Public.class, value).map(FrenchLabels::publicShort).orElse(value);
            case Facets.PROGRAMMES -> constant(Programme.class, value).map(FrenchLabels::programmeShort).orElse(value);
            case Facets.DISTANCE -> distanceBand(value);
            case Facets.CONTRACT_TYPE -> constant(ContractType.class, value).map(FrenchLabels::contractType).orElse(value);
            case Facets.INSERTION_CLAUSE -> "true".equals(value) ? "Avec clause" : "false".equals(value) ? "Sans clause" : value;
            default -> value;
        };
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
