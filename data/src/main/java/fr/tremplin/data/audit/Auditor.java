package fr.tremplin.data.audit;

/**
 * Who acts, as the audit records it: the account's username and role name ({@code SYSTEM} for scheduled jobs
 * and automatic changes).
 */
public record Auditor(String username, String role) {
    public static final Auditor SYSTEM = new Auditor("système", "SYSTEM");

    public Auditor {
        if (username == null || username.isBlank() || role == null || role.isBlank()) {
            throw new IllegalArgumentException("an auditor needs a username and a role");
        }
    }
}
