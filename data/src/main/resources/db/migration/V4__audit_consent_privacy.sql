-- Privacy (GDPR): who opened or changed whose file (audit), consent history, and the rule that no row outlives
-- an erased person with an identifier that leads back to them.

-- The audit names people through a random subject id, never through job_seeker.id: erasing a person deletes the
-- mapping row, and the audit rows (append-only: the code has no update or delete path for them) then lead nowhere.
CREATE TABLE audit_subject (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    job_seeker_id VARCHAR(36) NOT NULL,
    CONSTRAINT uk_audit_subject_seeker UNIQUE (job_seeker_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One access or change: who (username, role), when, what (action), about whom (subject), in which unit (the
-- person's unit at the time, so that a unit manager reads the audit of their unit), and a short detail.
CREATE TABLE audit_event (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at          DATETIME(6)  NOT NULL,
    actor                VARCHAR(80)  NOT NULL,
    actor_role           VARCHAR(20)  NOT NULL,
    action               VARCHAR(20)  NOT NULL,
    subject_id           VARCHAR(36)  NULL,
    employment_unit_code VARCHAR(40)  NULL,
    detail               VARCHAR(600) NULL,
    KEY ix_audit_subject (subject_id, id),
    KEY ix_audit_unit (employment_unit_code, occurred_at),
    KEY ix_audit_actor (actor, occurred_at),
    KEY ix_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Consent to share the profile with employers: every change (given or withdrawn), its date, source and who
-- recorded it. Deleted with the person on erasure.
CREATE TABLE consent_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_seeker_id VARCHAR(36)  NOT NULL,
    given         BOOLEAN      NOT NULL,
    source        VARCHAR(20)  NOT NULL,
    recorded_by   VARCHAR(80)  NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    KEY ix_consent_seeker (job_seeker_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The consent of the people already there, as the history's first entry.
INSERT INTO consent_event (job_seeker_id, given, source, recorded_by, recorded_at)
SELECT id, consent_to_share, 'MIGRATION', 'système', created_at FROM job_seeker;
