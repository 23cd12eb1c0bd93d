package fr.tremplin.api.report;

import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.vacancy.ContractType;

/** Column labels of the exports. */
final class FrenchLabels {
    private FrenchLabels() {
    }

    static String contractType(String code) {
        return switch (ContractType.valueOf(code)) {
            case CDI -> "CDI";
            case CDD -> "CDD";
            case INTERIM -> "intérim";
            case APPRENTICESHIP -> "apprentissage";
            case PROFESSIONALISATION -> "professionnalisation";
            case PEC -> "PEC";
            case IAE -> "IAE";
        };
    }

    static String publicGroup(String code) {
        return switch (Public.valueOf(code)) {
            case RSA -> "bénéficiaires du RSA";
            case YOUTH_UNDER_26 -> "moins de 26 ans";
            case RQTH -> "RQTH";
            case LONG_TERM_UNEMPLOYED -> "demandeurs d'emploi de longue durée";
            case SENIOR_50_PLUS -> "50 ans et plus";
            case QPV_RESIDENT -> "résidents QPV";
        };
    }
}
