package fr.tremplin.data.referential;

import fr.tremplin.core.eligibility.EligibilityRules;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/** The eligibility rules of {@link EligibilityProperties} ({@code tremplin.eligibility.*}, see docs/eligibility.md). */
@Factory
public class EligibilityFactory {

    /** Created at startup, so that a refused setting stops the start. */
    @Context
    EligibilityRules eligibilityRules(EligibilityProperties properties) {
        return new EligibilityRules(properties.settings());
    }
}
