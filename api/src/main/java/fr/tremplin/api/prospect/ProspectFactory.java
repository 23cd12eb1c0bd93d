package fr.tremplin.api.prospect;

import fr.tremplin.core.prospect.ProspectFinder;
import fr.tremplin.core.referential.Referential;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** One prospect finder per referential: its hiring table is built once (a few milliseconds). */
@Factory
public class ProspectFactory {
    @Singleton
    ProspectFinder prospectFinder(Referential referential) {
        return new ProspectFinder(referential);
    }
}
