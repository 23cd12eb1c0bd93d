package fr.tremplin.api.report;

import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.vacancy.ContractType;

/**
 * Column labels of the exports: the words of the pages, from the one label table
 * ({@link fr.tremplin.core.wording.FrenchLabels}), so that a CSV column reads as the screen does.
 */
final class FrenchLabels {
    private FrenchLabels() {
    }

    static String contractType(String code) {
        return fr.tremplin.core.wording.FrenchLabels.contractType(ContractType.valueOf(code));
    }

    static String publicGroup(String code) {
        return fr.tremplin.core.wording.FrenchLabels.publicLong(Public.valueOf(code));
    }
}
