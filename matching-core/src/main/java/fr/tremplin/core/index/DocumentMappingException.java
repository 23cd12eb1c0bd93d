package fr.tremplin.core.index;

/**
 * A view cannot be turned into a document, typically because it names a code the referential does not
 * know (an outdated referential, or a bad row). The message names the index, the id and the code.
 */
public class DocumentMappingException extends RuntimeException {

    private final String documentId;

    public DocumentMappingException(String kind, String documentId, String problem) {
        super(kind + " " + documentId + ": " + problem
                + ". Fix the record, or update the referential if the code is new, then re-index it.");
        this.documentId = documentId;
    }

    /** The id of the seeker or vacancy that could not be mapped. */
    public String documentId() {
        return documentId;
    }
}
