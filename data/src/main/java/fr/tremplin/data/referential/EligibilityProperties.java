package fr.tremplin.data.referential;

import fr.tremplin.core.eligibility.EligibilitySettings;
import fr.tremplin.core.seeker.Public;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code tremplin.eligibility.*}: the département's eligibility rules, each key overriding the default of
 * {@link EligibilitySettings#defaults()} (see docs/eligibility.md); ages in whole years, at most 99. A set of publics is
 * a list of {@link Public} names, e.g. {@code [RSA, RQTH]}, or empty.
 *
 * @param minimumWorkingAge                  {@code minimum-working-age} (int 14..99, default 16): PEC, IAE, clauses
 * @param youthAgeLimit                      {@code youth-age-limit} (int 16..99, default 26): "young" is strictly under
 * @param seniorAge                          {@code senior-age} (int above youth-age-limit, default 50): "senior" from
 * @param apprenticeshipMinAge               {@code apprenticeship-min-age} (int 14..99, default 16)
 * @param apprenticeshipMaxAge               {@code apprenticeship-max-age} (int, at least apprenticeship-min-age,
 *                                           default 29): the general route, this age included
 * @param apprenticeshipRqthWithoutAgeLimit  {@code apprenticeship-rqth-without-age-limit} (boolean, default true)
 * @param departementRsaApprenticeship       {@code departement-rsa-apprenticeship} (boolean, default true): the
 *                                           département's apprenticeship route for RSA recipients
 * @param departementRsaApprenticeshipMinAge {@code departement-rsa-apprenticeship-min-age} (int, default 26)
 * @param geiqMinAge                         {@code geiq-min-age} (int 14..99, default 16)
 * @param pecPublics                         {@code pec-publics} (publics, default RSA, RQTH, LONG_TERM_UNEMPLOYED,
 *                                           SENIOR_50_PLUS, QPV_RESIDENT): each opens PEC
 * @param iaePublics                         {@code iae-publics} (publics, default RSA, YOUTH_UNDER_26, RQTH,
 *                                           LONG_TERM_UNEMPLOYED, SENIOR_50_PLUS): each opens IAE
 * @param geiqPublics                        {@code geiq-publics} (publics, default RSA, RQTH, LONG_TERM_UNEMPLOYED)
 * @param insertionClausePublics             {@code insertion-clause-publics} (publics, default all six)
 */
@ConfigurationProperties(EligibilityProperties.PREFIX)
public record EligibilityProperties(
        @Nullable @Min(14) @Max(99) Integer minimumWorkingAge,
        @Nullable @Min(16) @Max(99) Integer youthAgeLimit,
        @Nullable @Max(99) Integer seniorAge,
        @Nullable @Min(14) @Max(99) Integer apprenticeshipMinAge,
        @Nullable @Max(99) Integer apprenticeshipMaxAge,
        @Nullable Boolean apprenticeshipRqthWithoutAgeLimit,
        @Nullable Boolean departementRsaApprenticeship,
        @Nullable @Max(99) Integer departementRsaApprenticeshipMinAge,
        @Nullable @Min(14) @Max(99) Integer geiqMinAge,
        @Nullable List<String> pecPublics,
        @Nullable List<String> iaePublics,
        @Nullable List<String> geiqPublics,
        @Nullable List<String> insertionClausePublics) {

    static final String PREFIX = "tremplin.eligibility";

    /** The defaults with these values in place; an error names the key. */
    public EligibilitySettings settings() {
        EligibilitySettings d = EligibilitySettings.defaults();
        try {
            return new EligibilitySettings(
                    or(minimumWorkingAge, d.minimumWorkingAge()),
                    or(youthAgeLimit, d.youthAgeLimit()),
                    or(seniorAge, d.seniorAge()),
                    or(apprenticeshipMinAge, d.apprenticeshipMinAge()),
                    or(apprenticeshipMaxAge, d.apprenticeshipMaxAge()),
                    or(apprenticeshipRqthWithoutAgeLimit, d.apprenticeshipRqthWithoutAgeLimit()),
                    or(departementRsaApprenticeship, d.departementRsaApprenticeship()),
                    or(departementRsaApprenticeshipMinAge, d.departementRsaApprenticeshipMinAge()),
                    or(geiqMinAge, d.geiqMinAge()),
                    publics("pec-publics", pecPublics, d.pecPublics()),
                    publics("iae-publics", iaePublics, d.iaePublics()),
                    publics("geiq-publics", geiqPublics, d.geiqPublics()),
                    publics("insertion-clause-publics", insertionClausePublics, d.insertionClausePublics()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Configuration " + PREFIX + ": " + e.getMessage(), e);
        }
    }

    private static <T> T or(@Nullable T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static Set<Public> publics(String key, @Nullable List<String> names, Set<Public> fallback) {
        if (names == null) {
            return fallback;
        }
        Set<Public> publics = EnumSet.noneOf(Public.class);
        for (String name : names) {
            try {
                publics.add(Public.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Configuration " + PREFIX + "." + key + ": unknown public '" + name
                        + "' (expected one of " + List.of(Public.values()) + ")", e);
            }
        }
        return publics;
    }
}
