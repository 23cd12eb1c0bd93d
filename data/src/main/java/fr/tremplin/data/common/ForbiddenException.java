package fr.tremplin.data.common;

/** The caller is authenticated but may not do this. Maps to HTTP 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
