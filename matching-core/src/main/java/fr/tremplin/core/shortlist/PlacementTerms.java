package fr.tremplin.core.shortlist;

import fr.tremplin.core.vacancy.ContractType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms of a hire: contract type, start date, weekly hours, and the end date of a fixed-term contract.
 *
 * @param endDate null for a CDI (open-ended); required and after the start for every other contract type
 */
public record PlacementTerms(ContractType contractType, LocalDate startDate, LocalDate endDate, int hoursPerWeek) {

    /** The legal weekly maximum (Code du travail, L3121-20). */
    public static final int MAX_HOURS_PER_WEEK = 48;

    /** Every contract type but the CDI has an end date (CDD, interim mission, apprenticeship, PEC, IAE...). */
    public static boolean isFixedTerm(ContractType type) {
        return type != ContractType.CDI;
    }

    /** The broken rules, none when the terms can be recorded. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (contractType == null) {
            violations.add(new Violation("contractType", "obligatoire : le type de contrat signé"));
        }
        if (startDate == null) {
            violations.add(new Violation("startDate", "obligatoire : la date d'embauche"));
        }
        if (hoursPerWeek < 1 || hoursPerWeek > MAX_HOURS_PER_WEEK) {
            violations.add(new Violation("hoursPerWeek",
                    "doit être compris entre 1 et " + MAX_HOURS_PER_WEEK + " heures par semaine"));
        }
        if (contractType != null && isFixedTerm(contractType) && endDate == null) {
            violations.add(new Violation("endDate", "obligatoire pour un contrat à durée déterminée (" + contractType + ")"));
        }
        if (contractType == ContractType.CDI && endDate != null) {
            violations.add(new Violation("endDate", "un CDI n'a pas de date de fin"));
        }
        if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
            violations.add(new Violation("endDate", "doit être postérieure à la date d'embauche (" + startDate + ")"));
        }
        return violations;
    }
}
