package fr.tremplin.data.referential;

import fr.tremplin.core.referential.Referential;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The ROME / communes / NAF referential, loaded once from matching-core's resources ({@link ReferentialSettings}). */
@Factory
public class ReferentialFactory {
    @Singleton
    Referential referential(ReferentialSettings settings) {
        return Referential.load().withSyntheticTerritories(settings.syntheticTerritories());
    }
}
