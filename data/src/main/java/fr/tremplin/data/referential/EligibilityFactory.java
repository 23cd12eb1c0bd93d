package fr.tremplin.data.referential;

import fr.tremplin.core.eligibility.EligibilityRules;
import fr.tremplin.core.eligibility.EligibilitySettings;
import fr.tremplin.core.seeker.Public;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Eligibility rules from configuration: every key under {@code tremplin.eligibility} overrides the département's
 * default of the same name (see docs/eligibility.md), e.g. {@code tremplin.eligibility.apprenticeship-max-age: 29}
 * or {@code tremplin.eligibility.pec-publics: [RSA, RQTH]}.
 */
@Factory
public class EligibilityFactory {
    private static final String PREFIX = "tremplin.eligibility.";

    @Singleton
    EligibilityRules eligibilityRules(Environment env) {
        EligibilitySettings d = EligibilitySettings.defaults();
        return new EligibilityRules(new EligibilitySettings(
                integer(env, "minimum-working-age", d.minimumWorkingAge()),
                integer(env, "youth-age-limit", d.youthAgeLimit()),
                integer(env, "senior-age", d.seniorAge()),
                integer(env, "apprenticeship-min-age", d.apprenticeshipMinAge()),
                integer(env, "apprenticeship-max-age", d.apprenticeshipMaxAge()),
                bool(env, "apprenticeship-rqth-without-age-limit", d.apprenticeshipRqthWithoutAgeLimit()),
                bool(env, "departement-rsa-apprenticeship", d.departementRsaApprenticeship()),
                integer(env, "departement-rsa-apprenticeship-min-age", d.departementRsaApprenticeshipMinAge()),
                integer(env, "geiq-min-age", d.geiqMinAge()),
                publics(env, "pec-publics", d.pecPublics()),
                publics(env, "iae-publics", d.iaePublics()),
                publics(env, "geiq-publics", d.geiqPublics()),
                publics(env, "insertion-clause-publics", d.insertionClausePublics())));
    }

    private static int integer(Environment env, String key, int fallback) {
        return env.getProperty(PREFIX + key, Integer.class, fallback);
    }

    private static boolean bool(Environment env, String key, boolean fallback) {
        return env.getProperty(PREFIX + key, Boolean.class, fallback);
    }

    private static Set<Public> publics(Environment env, String key, Set<Public> fallback) {
        List<String> names = env.getProperty(PREFIX + key, Argument.listOf(String.class)).orElse(null);
        if (names == null) {
            return fallback;
        }
        Set<Public> publics = EnumSet.noneOf(Public.class);
        for (String name : names) {
            try {
                publics.add(Public.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Configuration " + PREFIX + key + ": unknown public '" + name
                        + "' (expected one of " + List.of(Public.values()) + ")", e);
            }
        }
        return publics;
    }
}
