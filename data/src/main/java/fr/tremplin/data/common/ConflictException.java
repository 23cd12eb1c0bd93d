package fr.tremplin.data.common;

/** The write conflicts with the current state (duplicate key, stale version). Maps to HTTP 409. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The client wrote from a version that is no longer the current one. */
    public static ConflictException staleVersion(long expected, Long current) {
        return new ConflictException("version", "Version périmée (" + expected + ")"
                + (current == null ? "" : " : l'enregistrement est en version " + current)
                + ". Rechargez-le, puis refaites la modification.");
    }
}
