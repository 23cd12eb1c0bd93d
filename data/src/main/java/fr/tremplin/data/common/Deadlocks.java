package fr.tremplin.data.common;

import java.sql.SQLException;

/** Recognises a deadlock or lock timeout reported by MariaDB (the transaction was rolled back: retry it). */
public final class Deadlocks {
    private Deadlocks() {
    }

    public static boolean isDeadlock(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getMessage() != null && (t.getMessage().contains("Deadlock found")
                    || t.getMessage().contains("Lock wait timeout"))) {
                return true;
            }
        }
        return false;
    }
}
