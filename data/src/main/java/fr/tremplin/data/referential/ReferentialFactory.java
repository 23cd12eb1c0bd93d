package fr.tremplin.data.referential;

import fr.tremplin.core.referential.Referential;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The ROME / communes / NAF referential, loaded once from matching-core's resources.
 * {@code tremplin.referential.synthetic-territories} (int, default 0) adds that many synthetic copies of the
 * département for the national-scale benchmark ({@code bench --geography national}); the service never sets it.
 */
@Factory
public class ReferentialFactory {
    @Singleton
    Referential referential(@Value("${tremplin.referential.synthetic-territories:0}") int syntheticTerritories) {
        return Referential.load().withSyntheticTerritories(syntheticTerritories);
    }
}
