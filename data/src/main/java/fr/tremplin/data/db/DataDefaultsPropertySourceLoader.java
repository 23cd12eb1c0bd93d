package fr.tremplin.data.db;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Default configuration of the data module, so that every application context using it (api server,
 * commands, tests of data, indexer and api) gets a MariaDB datasource and Flyway without any
 * application.yml. Registered in {@code META-INF/services/io.micronaut.context.env.PropertySourceLoader}.
 *
 * <p>The source is ordered {@value #ORDER}, below application.yml (-300), environment variables (-200)
 * and system properties (-100): any of them overrides these values.
 */
public class DataDefaultsPropertySourceLoader implements PropertySourceLoader {

    /** Name of the property source. */
    public static final String NAME = "tremplin-data-defaults";
    /** Lower than application.yml ({@code AbstractPropertySourceLoader.DEFAULT_POSITION} = -300). */
    public static final int ORDER = -400;

    /** The defaults, flat keys. */
    public static Map<String, Object> defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        // The default datasource exists even without a URL: DatabaseBootstrap supplies it.
        m.put("datasources.default.driver-class-name", DatabaseBootstrap.DRIVER);
        m.put("datasources.default.dialect", "MYSQL");
        m.put("datasources.default.schema-generate", "NONE");
        m.put("flyway.datasources.default.enabled", true);
        m.put("flyway.datasources.default.locations", "classpath:db/migration");
        return m;
    }

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        return Optional.of(PropertySource.of(NAME, defaults(), ORDER));
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader,
                                            ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> read(String name, InputStream input) {
        return Map.of();
    }

    @Override
    public Set<String> getExtensions() {
        return Set.of();
    }
}
