package fr.tremplin.core.shortlist;

import fr.tremplin.core.seeker.Public;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The priority publics a hire counts for, frozen at the start of the contract (insertion-clause hours are
 * reported by the public the person belonged to when hired): the publics the adviser recorded, with the
 * age publics recomputed from the birth date (under 26, 50 and over) on the start date.
 */
public final class PublicsAtHire {
    public static final int YOUTH_LIMIT = 26;
    public static final int SENIOR_FROM = 50;

    private PublicsAtHire() {
    }

    public static Set<Public> of(Collection<Public> recorded, LocalDate birthDate, LocalDate startDate) {
        Set<Public> publics = EnumSet.noneOf(Public.class);
        publics.addAll(recorded);
        publics.remove(Public.YOUTH_UNDER_26);
        publics.remove(Public.SENIOR_50_PLUS);
        if (birthDate != null && startDate != null) {
            int age = Period.between(birthDate, startDate).getYears();
            if (age < YOUTH_LIMIT) {
                publics.add(Public.YOUTH_UNDER_26);
            } else if (age >= SENIOR_FROM) {
                publics.add(Public.SENIOR_50_PLUS);
            }
        } else {
            recorded.stream().filter(p -> p == Public.YOUTH_UNDER_26 || p == Public.SENIOR_50_PLUS).forEach(publics::add);
        }
        return publics;
    }
}
