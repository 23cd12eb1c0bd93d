-- Accounts and e-mail (issue 14 « Onboarding »).
-- app_user gains the address its mails go to and the employer's choice about shortlist reminders.
-- password_token: one-time links (account invitation 24 h, password reset 1 h); only the SHA-256 of the token is
-- stored, a token is spent by the first successful use.
-- outgoing_mail: the mail outbox, written in the transaction of the event it tells about and drained by the
-- sender (retries with exponential backoff); without an SMTP server the mails stay QUEUED.

ALTER TABLE app_user
    ADD COLUMN email               VARCHAR(200) NULL,
    ADD COLUMN shortlist_reminders BOOLEAN      NOT NULL DEFAULT TRUE;

-- the demo accounts get an address of a reserved domain (RFC 2606): their mails are readable on the admin page
UPDATE app_user SET email = CONCAT(username, '@tremplin.example.org') WHERE demo AND email IS NULL;

CREATE TABLE password_token (
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    user_id    VARCHAR(36) NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT fk_password_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    KEY ix_password_token_user (user_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outgoing_mail (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind            VARCHAR(30)  NOT NULL,
    recipient       VARCHAR(200) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    html_body       MEDIUMTEXT   NOT NULL,
    text_body       MEDIUMTEXT   NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    KEY ix_outgoing_mail_due (status, next_attempt_at),
    KEY ix_outgoing_mail_recipient (recipient, created_at),
    KEY ix_outgoing_mail_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
