package fr.tremplin.api.fault;

import fr.tremplin.api.error.DependencyFaults;
import fr.tremplin.api.error.Problem;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The error processor's view of the faults: {@link Faults#classify}, logged in {@link FaultLog}, answered 503. */
@Singleton
public class DependencyFaultAnswers implements DependencyFaults {

    private final FaultLog faults;

    public DependencyFaultAnswers(FaultLog faults) {
        this.faults = faults;
    }

    @Override
    public Optional<Problem> unavailable(String route, Throwable cause) {
        return Faults.classify(cause).map(kind -> {
            faults.requestFailed(kind, route, cause);
            return FaultResponder.unavailable(kind).body();
        });
    }

    @Override
    public String retryAfterSeconds() {
        return FaultResponder.RETRY_AFTER_SECONDS;
    }
}
