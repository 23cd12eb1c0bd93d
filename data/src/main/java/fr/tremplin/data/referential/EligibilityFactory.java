package fr.tremplin.data.referential;

import fr.tremplin.core.eligibility.EligibilityRules;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The eligibility rules of {@link EligibilityProperties} ({@code tremplin.eligibility.*}, see docs/eligibility.md). */
@Factory
public class EligibilityFactory {

    @Singleton
    EligibilityRules eligibilityRules(EligibilityProperties properties) {
        return new EligibilityRules(properties.settings());
    }
}
