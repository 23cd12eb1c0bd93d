package fr.tremplin.data.mail;

/** QUEUED: waiting for (another) attempt; SENT: accepted by the SMTP server; FAILED: given up after the last attempt. */
public enum MailStatus {
    QUEUED, SENT, FAILED
}
