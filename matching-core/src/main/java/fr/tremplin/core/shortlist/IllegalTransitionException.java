package fr.tremplin.core.shortlist;

import java.util.List;

/** A move the state machine does not allow from the current state; names the moves that it allows. */
public class IllegalTransitionException extends RuntimeException {
    private final String from;
    private final String to;
    private final List<String> allowed;

    /**
     * @param allowed the moves the caller could make from here (empty: none, the state may be final)
     */
    public IllegalTransitionException(String subject, String from, String fromLabel, String to, List<String> allowed) {
        super("Impossible de passer " + subject + " de " + from + " (" + fromLabel + ") à " + to + ". "
                + (allowed.isEmpty() ? "Aucune transition de ce type n'est possible depuis " + from + "."
                : "Transitions possibles depuis " + from + " : " + String.join(", ", allowed) + "."));
        this.from = from;
        this.to = to;
        this.allowed = List.copyOf(allowed);
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
