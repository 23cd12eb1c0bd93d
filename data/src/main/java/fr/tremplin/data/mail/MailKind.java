package fr.tremplin.data.mail;

/**
 * What a mail tells, named as {@code GET /api/v1/admin/outgoing-mails} shows it; each kind has its templates
 * ({@code mails/<template>.html} and {@code .txt} in the api module).
 */
public enum MailKind {
    ACCOUNT_INVITATION("invitation", true),
    PASSWORD_RESET("password-reset", true),
    SHORTLIST_SENT("shortlist-sent", false),
    SHORTLIST_REMINDER("shortlist-reminder", false),
    EMPLOYER_ANSWER("employer-answer", false),
    ALERT_DIGEST("alert-digest", false);

    private final String template;
    private final boolean carriesSecret;

    MailKind(String template, boolean carriesSecret) {
        this.template = template;
        this.carriesSecret = carriesSecret;
    }

    public String template() {
        return template;
    }

    /** The mail holds a one-time link: once delivered, the stored copy loses it. */
    public boolean carriesSecret() {
        return carriesSecret;
    }
}
