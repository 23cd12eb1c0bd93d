package fr.tremplin.data.db;

import io.micronaut.core.value.PropertyResolver;

import java.util.ServiceLoader;

/**
 * The MariaDB a test JVM shares, as {@link DatabaseBootstrap} sees it in the {@code test} environment. The product
 * carries no implementation: data's test-jar supplies {@code SharedTestDatabase} (Testcontainers when a Docker
 * engine answers, else the embedded MariaDB) through {@link ServiceLoader}, so Testcontainers and docker-java stay
 * out of the product's jar.
 */
public interface TestDatabase {

    /**
     * Makes sure the schema exists and, the first time this JVM asks for it, that it is empty.
     *
     * @return the JDBC URL of the schema
     */
    String prepare(String database);

    String username();

    String password();

    /** {@link DatabaseMode#EMBEDDED} or {@link DatabaseMode#TESTCONTAINERS}. */
    DatabaseMode mode();

    /** The embedded server, when {@link #mode()} is EMBEDDED; otherwise null. */
    EmbeddedMariaDb embedded();

    /** How long this JVM waited for its test database. */
    long startMillis();

    /** Finds the test database of this JVM (started on first use); registered under META-INF/services. */
    interface Provider {
        TestDatabase get(PropertyResolver props);
    }

    /** The test database of this JVM, from the provider on the class path (data's test-jar). */
    static TestDatabase of(PropertyResolver props) {
        return ServiceLoader.load(Provider.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "The test environment needs its test database (data's test-jar, SharedTestDatabase) on the class"
                        + " path; set datasources.default.url or TREMPLIN_DB_URL outside tests")).get(props);
    }
}
