package fr.tremplin.core.eligibility;

import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Set;

/**
 * What the eligibility rules look at.
 *
 * @param birthDate the person's birth date; not after {@code today}
 * @param publics   the priority publics the adviser has recorded (RSA, RQTH, QPV...); may be empty
 * @param status    the person's status in the pool: only ACTIVE and PAUSED people are eligible
 * @param today     the day of the evaluation, at which the age is computed
 */
public record EligibilityInput(LocalDate birthDate, Set<Public> publics, SeekerStatus status, LocalDate today) {

    public EligibilityInput {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(today, "today");
        publics = Set.copyOf(Objects.requireNonNull(publics, "publics"));
        if (birthDate.isAfter(today)) {
            throw new IllegalArgumentException("Birth date " + birthDate + " is after the evaluation day " + today);
        }
    }

    /** Age in whole years at {@code today}: it goes up on the birthday itself. */
    public int age() {
        return Period.between(birthDate, today).getYears();
    }

    /** Whether the adviser recorded this public. */
    public boolean has(Public publicGroup) {
        return publics.contains(publicGroup);
    }
}
