package fr.tremplin.api.seeker;

import fr.tremplin.core.eligibility.Eligibility;
import io.micronaut.serde.annotation.Serdeable;

/** A programme the person can enter, with the rule that grants it. */
@Serdeable
public record EligibilityDto(String programme, String rule, String reason) {
    public static EligibilityDto of(Eligibility e) {
        return new EligibilityDto(e.programme().name(), e.rule(), e.reason());
    }
}
