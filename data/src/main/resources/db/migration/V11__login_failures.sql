-- Failed logins counted in the database (2026-12-08), no longer in each node's memory: every node of a cluster sees
-- the same counts, so N nodes behind a round-robin balancer no longer give N times the free failures. A key is the
-- SHA-256 of "account:<username in lower case>" or "address:<client address>": no name nor address is stored.
-- Rows whose last failure is older than tremplin.login.throttle.forget-after are deleted every hour.
CREATE TABLE login_failure (
    throttle_key CHAR(64)    NOT NULL PRIMARY KEY,
    failures     INT         NOT NULL,
    last_at      DATETIME(6) NOT NULL,
    closed_until DATETIME(6) NOT NULL,
    KEY ix_login_failure_last (last_at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
