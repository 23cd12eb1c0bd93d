package fr.tremplin.data.backup;

/** A backup or a restore that cannot go on; the message is French and meant for the person at the terminal. */
public class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
