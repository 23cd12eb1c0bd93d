package fr.tremplin.data.common;

import java.sql.SQLIntegrityConstraintViolationException;

/** Recognises a unique-key violation coming back from MariaDB, whatever wraps it. */
public final class DuplicateKeys {
    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException sql && sql.getErrorCode() == 1062) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Duplicate entry")) {
                return true;
            }
        }
        return false;
    }
}
