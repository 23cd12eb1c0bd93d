-- Server-side sessions (issue 12 « Hardening »). The bearer token (a signed JWT, also carried by the web
-- session cookie) names its session through its jti claim; every request checks the row: not revoked, seen
-- within the idle timeout, opened within the absolute lifetime, account still active with the same role.
-- Deactivating an account or changing its role therefore takes effect on the next request.

ALTER TABLE app_user ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE user_session (
    jti          VARCHAR(36) NOT NULL PRIMARY KEY,
    user_id      VARCHAR(36) NOT NULL,
    role         VARCHAR(20) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    revoked_at   DATETIME(6) NULL,
    CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    KEY ix_user_session_user (user_id),
    KEY ix_user_session_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
