package fr.tremplin.data.db;

import jakarta.inject.Singleton;

/**
 * Tells whether this process runs on a production database, i.e. an {@link DatabaseMode#EXTERNAL}
 * MariaDB configured by URL. Used to refuse demo accounts and demo data there.
 */
@Singleton
public class ProductionGuard {

    private final DatabaseInfo database;

    public ProductionGuard(DatabaseInfo database) {
        this.database = database;
    }

    /** True on an external (production) database; false on the embedded server and in tests. */
    public boolean isExternalDatabase() {
        return database.isExternal();
    }

    /**
     * Throws when the database is external.
     *
     * @param what what is being refused, e.g. "Demo accounts"
     * @throws IllegalStateException on an external database
     */
    public void refuseOnExternalDatabase(String what) {
        if (database.isExternal()) {
            throw new IllegalStateException(what + " are refused on an external (production) database ("
                    + database.url() + "); they are only available with the embedded MariaDB.");
        }
    }

    public DatabaseInfo database() {
        return database;
    }
}
