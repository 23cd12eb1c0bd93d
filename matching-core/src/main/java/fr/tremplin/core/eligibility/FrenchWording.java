package fr.tremplin.core.eligibility;

import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;

/** The French words of the reasons shown to advisers. */
final class FrenchWording {

    private FrenchWording() {
    }

    /** Why the person belongs to {@code publicGroup}, e.g. "Bénéficiaire du RSA" or "52 ans, 50 ans ou plus". */
    static String membership(Public publicGroup, EligibilityInput in, EligibilitySettings settings) {
        return switch (publicGroup) {
            case RSA -> "Bénéficiaire du RSA";
            case YOUTH_UNDER_26 -> in.age() + " ans, moins de " + settings.youthAgeLimit() + " ans";
            case RQTH -> "Travailleur handicapé reconnu (RQTH)";
            case LONG_TERM_UNEMPLOYED -> "Demandeur d'emploi de longue durée";
            case SENIOR_50_PLUS -> in.age() + " ans, " + settings.seniorAge() + " ans ou plus";
            case QPV_RESIDENT -> "Résident d'un quartier prioritaire de la politique de la ville (QPV)";
        };
    }

    /** "éligible au …" for {@code programme}. */
    static String eligibleTo(Programme programme) {
        return switch (programme) {
            case PEC -> "éligible au parcours emploi compétences (PEC)";
            case IAE -> "éligible à l'insertion par l'activité économique (IAE)";
            case APPRENTICESHIP -> "éligible à l'apprentissage";
            case GEIQ -> "éligible au GEIQ (contrat de professionnalisation)";
            case INSERTION_CLAUSE -> "éligible aux heures d'insertion des clauses sociales";
        };
    }

    /** "{why} : éligible au …". */
    static String reason(String why, Programme programme) {
        return why + " : " + eligibleTo(programme);
    }
}
