package fr.tremplin.api.fault;

import fr.tremplin.api.error.Problem;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;

/**
 * The exceptions Micronaut Data and its transactions throw around a failed JDBC call, thrown by a route or by a
 * filter (the session lookup runs in one): a database that is away answers 503 through {@link FaultResponder}
 * without an ERROR line and its stack trace for every request; any other failure stays a 500 logged at ERROR.
 * Without these handlers Micronaut logs every such exception at ERROR before any filter sees the response, and an
 * exception thrown by a filter outside {@link FaultResponseFilter} never reached it (the 500s of the stalled database).
 */
public final class DatabaseFaultHandlers {

    private DatabaseFaultHandlers() {
    }

    /** One exception type, answered by {@link FaultResponder}. */
    @Produces(Problem.MEDIA_TYPE)
    abstract static class Handler<T extends Throwable> implements ExceptionHandler<T, HttpResponse<?>> {
        private final FaultResponder responder;

        Handler(FaultResponder responder) {
            this.responder = responder;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, T e) {
            return responder.respond(request, e);
        }
    }

    @Singleton
    public static class Connection extends Handler<ConnectionException> {
        public Connection(FaultResponder responder) {
            super(responder);
        }
    }

    @Singleton
    public static class CannotGetConnection extends Handler<CannotGetJdbcConnectionException> {
        public CannotGetConnection(FaultResponder responder) {
            super(responder);
        }
    }

    @Singleton
    public static class DataAccess extends Handler<DataAccessException> {
        public DataAccess(FaultResponder responder) {
            super(responder);
        }
    }

    @Singleton
    public static class Transaction extends Handler<TransactionException> {
        public Transaction(FaultResponder responder) {
            super(responder);
        }
    }
}
