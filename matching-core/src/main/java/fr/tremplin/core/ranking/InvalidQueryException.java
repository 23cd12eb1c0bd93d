package fr.tremplin.core.ranking;

/**
 * A ranking or search request the core cannot serve as asked: an unknown code, a radius out of range, a page
 * too deep. The message says what to change; {@link #field()} names the request field at fault.
 */
public class InvalidQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, e.g. "occupations" or "radiusKm". */
    public String field() {
        return field;
    }
}
