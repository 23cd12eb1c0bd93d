package fr.tremplin.data.common;

/** The resource does not exist (or the caller may not know it exists). Maps to HTTP 404. */
public class NotFoundException extends RuntimeException {
    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super(resource + " " + id + " n'existe pas.");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
