package fr.tremplin.data.referential;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * {@code tremplin.referential.*}: the ROME / communes / NAF referential.
 *
 * @param syntheticTerritories {@code tremplin.referential.synthetic-territories} (int ≥ 0, default 0): synthetic
 *                             copies of the département added for the national-scale benchmark
 *                             ({@code bench --geography national}); the service never sets it
 */
@ConfigurationProperties("tremplin.referential")
public record ReferentialSettings(@Bindable(defaultValue = "0") @PositiveOrZero int syntheticTerritories) {
}
