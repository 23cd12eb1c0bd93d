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

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class Connection implements ExceptionHandler<ConnectionException, HttpResponse<?>> {
        private final FaultResponder responder;

        public Connection(FaultResponder responder) {
            this.responder = responder;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConnectionException e) {
            return responder.respond(request, e);
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class CannotGetConnection
            implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {
        private final FaultResponder responder;

        public CannotGetConnection(FaultResponder responder) {
            this.responder = responder;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException e) {
            return responder.respond(request, e);
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class DataAccess implements ExceptionHandler<DataAccessException, HttpResponse<?>> {
        private final FaultResponder responder;

        public DataAccess(FaultResponder responder) {
            this.responder = responder;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DataAccessException e) {
            return responder.respond(request, e);
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    public static class Transaction implements ExceptionHandler<TransactionException, HttpResponse<?>> {
        private final FaultResponder responder;

        public Transaction(FaultResponder responder) {
            this.responder = responder;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, TransactionException e) {
            return responder.respond(request, e);
        }
    }
}
