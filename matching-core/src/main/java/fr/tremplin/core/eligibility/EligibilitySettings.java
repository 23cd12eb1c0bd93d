package fr.tremplin.core.eligibility;

import fr.tremplin.core.seeker.Public;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The département's eligibility policy, as typed settings. {@link #defaults()} is the département's
 * current policy; every value can be changed in configuration. Ages are whole years at the evaluation day.
 * The publics {@link Public#YOUTH_UNDER_26} and {@link Public#SENIOR_50_PLUS} in a set below are decided by the
 * birth date ({@code youthAgeLimit}, {@code seniorAge}), not by the recorded public. See docs/eligibility.md.
 *
 * @param minimumWorkingAge     int, default 16, 14..99: minimum age for PEC, IAE and insertion clauses (end of compulsory schooling)
 * @param youthAgeLimit         int, default 26, 16..99: "young" means strictly under this age; also the age from which a job seeker enters GEIQ as an adult
 * @param seniorAge             int, default 50, greater than youthAgeLimit: "senior" means this age or more
 * @param apprenticeshipMinAge  int, default 16, 14..99: minimum age for every apprenticeship route
 * @param apprenticeshipMaxAge  int, default 29, at least apprenticeshipMinAge: the general route is open up to this age included (under 30)
 * @param apprenticeshipRqthWithoutAgeLimit boolean, default true: RQTH holders enter apprenticeship at any age from apprenticeshipMinAge (Code du travail L6222-2)
 * @param departementRsaApprenticeship boolean, default true: the département's route "apprentissage des bénéficiaires du RSA de plus de 26 ans", which it finances
 * @param departementRsaApprenticeshipMinAge int, default 26, at least apprenticeshipMinAge: RSA recipients of this age or more use the département's route
 * @param geiqMinAge            int, default 16, 14..99: minimum age for a GEIQ professionalisation contract
 * @param pecPublics            set of publics, default RSA, RQTH, LONG_TERM_UNEMPLOYED, SENIOR_50_PLUS, QPV_RESIDENT: each opens PEC on its own
 * @param iaePublics            set of publics, default RSA, YOUTH_UNDER_26, RQTH, LONG_TERM_UNEMPLOYED, SENIOR_50_PLUS: each opens IAE on its own
 * @param geiqPublics           set of publics, default RSA, RQTH, LONG_TERM_UNEMPLOYED: each opens GEIQ on its own
 * @param insertionClausePublics set of publics, default all six: each opens the insertion clauses on its own
 */
public record EligibilitySettings(
        int minimumWorkingAge,
        int youthAgeLimit,
        int seniorAge,
        int apprenticeshipMinAge,
        int apprenticeshipMaxAge,
        boolean apprenticeshipRqthWithoutAgeLimit,
        boolean departementRsaApprenticeship,
        int departementRsaApprenticeshipMinAge,
        int geiqMinAge,
        Set<Public> pecPublics,
        Set<Public> iaePublics,
        Set<Public> geiqPublics,
        Set<Public> insertionClausePublics) {

    public EligibilitySettings {
        requireAge("minimumWorkingAge", minimumWorkingAge, 14);
        requireAge("youthAgeLimit", youthAgeLimit, 16);
        requireAge("seniorAge", seniorAge, youthAgeLimit + 1);
        requireAge("apprenticeshipMinAge", apprenticeshipMinAge, 14);
        requireAge("apprenticeshipMaxAge", apprenticeshipMaxAge, apprenticeshipMinAge);
        requireAge("departementRsaApprenticeshipMinAge", departementRsaApprenticeshipMinAge, apprenticeshipMinAge);
        requireAge("geiqMinAge", geiqMinAge, 14);
        pecPublics = copy("pecPublics", pecPublics);
        iaePublics = copy("iaePublics", iaePublics);
        geiqPublics = copy("geiqPublics", geiqPublics);
        insertionClausePublics = copy("insertionClausePublics", insertionClausePublics);
    }

    /** The département's current policy. */
    public static EligibilitySettings defaults() {
        return new EligibilitySettings(16, 26, 50, 16, 29, true, true, 26, 16,
                EnumSet.of(Public.RSA, Public.RQTH, Public.LONG_TERM_UNEMPLOYED, Public.SENIOR_50_PLUS, Public.QPV_RESIDENT),
                EnumSet.of(Public.RSA, Public.YOUTH_UNDER_26, Public.RQTH, Public.LONG_TERM_UNEMPLOYED, Public.SENIOR_50_PLUS),
                EnumSet.of(Public.RSA, Public.RQTH, Public.LONG_TERM_UNEMPLOYED),
                EnumSet.allOf(Public.class));
    }

    private static void requireAge(String name, int value, int min) {
        if (value < min || value > 99) {
            throw new IllegalArgumentException(
                    "Eligibility setting " + name + " must be between " + min + " and 99, was " + value);
        }
    }

    private static Set<Public> copy(String name, Set<Public> publics) {
        Objects.requireNonNull(publics, () -> "Eligibility setting " + name + " must be a set (possibly empty)");
        return Set.copyOf(publics);
    }
}
