package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.IllegalTransitionException;
import fr.tremplin.data.common.ConflictException;

import java.util.List;

/** A refused change of state (HTTP 409), naming the current state and the allowed moves. */
public class TransitionConflictException extends ConflictException {
    private final String from;
    private final String to;
    private final List<String> allowed;

    public TransitionConflictException(String field, IllegalTransitionException cause) {
        super(field, cause.getMessage());
        initCause(cause);
        this.from = cause.from();
        this.to = cause.to();
        this.allowed = cause.allowed();
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public List<String> allowed() {
        return allowed;
    }
}
