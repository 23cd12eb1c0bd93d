package fr.tremplin.api.fault;

import fr.tremplin.indexer.IndexNotReadyException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** Tells a fault of a dependency (database away or stalled, index unusable) from a bug, by the cause chain. */
public final class Faults {

    /** What is away. */
    public enum Kind { DATABASE, INDEX }

    private Faults() {
    }

    public static Optional<Kind> classify(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isDatabaseFault(t)) {
                return Optional.of(Kind.DATABASE);
            }
            if (t instanceof IndexNotReadyException || t instanceof CorruptIndexException
                    || t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
                return Optional.of(Kind.INDEX);
            }
        }
        return Optional.empty();
    }

    private static boolean isDatabaseFault(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLTimeoutException || t instanceof ConnectException
                || t instanceof SocketTimeoutException) {
            return true;
        }
        String name = t.getClass().getName();
        if (name.startsWith("io.micronaut.data.connection.exceptions.") // no connection could be obtained or set up
                || name.endsWith(".CannotCreateTransactionException")) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            // 08: connection exceptions; 70100: interrupted (max_statement_time); HY000 + 1969: statement timeout
            return state != null && (state.startsWith("08") || state.equals("70100")) || sql.getErrorCode() == 1969;
        }
        return false;
    }
}
