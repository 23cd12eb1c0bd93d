package fr.tremplin.api.web.form;

import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.wording.FrenchLabels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The French labels of the contract's enumerations, in the order the forms list them. */
public final class Choices {
    public static final Map<String, String> SEEKER_STATUS = ordered(
            "ACTIVE", "En parcours", "PLACED", "En emploi", "PAUSED", "En pause", "EXITED", "Sorti·e du dispositif");
    public static final Map<String, String> WORKING_TIME = ordered(
            "FULL_TIME", "Temps plein", "PART_TIME", "Temps partiel", "ANY", "Indifférent");
    /** From the one label table of matching-core (also used by the CSV exports). */
    public static final Map<String, String> PUBLICS = labelled(Public.values(), FrenchLabels::publicLong);
    public static final Map<String, String> LICENCES = ordered(
            "AM", "AM (cyclomoteur)", "A1", "A1 (moto légère)", "A2", "A2 (moto)", "A", "A (moto)",
            "B1", "B1 (quadricycle)", "B", "B (voiture)", "BE", "BE (voiture et remorque)",
            "C1", "C1 (camion léger)", "C1E", "C1E (camion léger et remorque)", "C", "C (poids lourd)",
            "CE", "CE (poids lourd et remorque)", "D1", "D1 (minibus)", "D1E", "D1E (minibus et remorque)",
            "D", "D (autocar)", "DE", "DE (autocar et remorque)");
    public static final Map<String, String> DIPLOMA_LEVELS = ordered(
            "0", "Aucun diplôme", "1", "Niveau 1 (savoirs de base)", "2", "Niveau 2 (compétences de base)",
            "3", "Niveau 3 (CAP, BEP)", "4", "Niveau 4 (baccalauréat)", "5", "Niveau 5 (bac + 2 : BTS, DUT)",
            "6", "Niveau 6 (bac + 3 : licence, BUT)", "7", "Niveau 7 (bac + 5 : master)", "8", "Niveau 8 (doctorat)");
    public static final Map<String, String> CONTRACT_TYPES = labelled(ContractType.values(), FrenchLabels::contractType);
    public static final Map<String, String> VACANCY_STATUS = ordered(
            "OPEN", "Ouverte", "FILLED", "Pourvue", "CLOSED", "Fermée");

    private Choices() {
    }

    public static List<Option> options(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    /** The label of a code, or the code itself when it has none. */
    public static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    public static String programme(Programme programme) {
        return FrenchLabels.programmeLong(programme);
    }

    private static <E extends Enum<E>> Map<String, String> labelled(E[] constants,
                                                                   java.util.function.Function<E, String> label) {
        Map<String, String> map = new LinkedHashMap<>();
        for (E constant : constants) {
            map.put(constant.name(), label.apply(constant));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Pairs code, label → an ordered, unmodifiable map. */
    public static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
