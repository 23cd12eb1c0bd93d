package fr.tremplin.api.error;

import java.util.Optional;

/**
 * A 5xx whose cause is a dependency away (the database, the index) is a 503 with {@code Retry-After}, not a bug:
 * the fault package says which ({@code fault.DependencyFaultAnswers}), so that the error package does not depend on
 * it (fault builds its 503 bodies with {@link Problem}).
 */
public interface DependencyFaults {

    /** The 503 body when {@code cause} is a dependency away (the fault is logged for {@code route}), else empty. */
    Optional<Problem> unavailable(String route, Throwable cause);

    /** The value of the {@code Retry-After} header of that 503. */
    String retryAfterSeconds();
}
