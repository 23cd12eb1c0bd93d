package fr.tremplin.data.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;

/** Exposes {@link DatabaseInfo} as a bean. */
@Factory
class DatabaseInfoFactory {

    @Singleton
    DatabaseInfo databaseInfo(BeanContext context, DatabaseBootstrap bootstrap) {
        // Initialising the configuration of the default datasource runs DatabaseBootstrap if it has not run yet.
        context.getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
        return bootstrap.info().orElseThrow(() -> new IllegalStateException(
                "The default datasource was configured without DatabaseBootstrap"));
    }
}
