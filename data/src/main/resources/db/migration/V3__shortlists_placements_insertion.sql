-- Shortlists and their outcomes, placements, profile shares and the insertion-clause ledger.
-- The state machines live in fr.tremplin.core.shortlist (CandidateStatus, ShortlistStatus, Reason).
--
-- No foreign key points at job_seeker or vacancy: a person can be erased (right to erasure) and a vacancy
-- deleted through the API while this history stays for the reports, keyed by a random id that no longer
-- leads to anyone. Insertion hours and placements keep the publics the person counted for at hiring.

CREATE TABLE shortlist (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    vacancy_id           VARCHAR(36)  NOT NULL,
    employer_id          VARCHAR(36)  NOT NULL,
    employment_unit_code VARCHAR(40)  NULL,
    note                 TEXT         NULL,
    status               VARCHAR(12)  NOT NULL,
    created_by           VARCHAR(80)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    sent_at              DATETIME(6)  NULL,
    reminded_at          DATETIME(6)  NULL,
    closed_at            DATETIME(6)  NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT fk_shortlist_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    KEY ix_shortlist_vacancy (vacancy_id),
    KEY ix_shortlist_employer_sent (employer_id, sent_at),
    KEY ix_shortlist_status_sent (status, sent_at),
    KEY ix_shortlist_unit_sent (employment_unit_code, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One person on one shortlist. answered_at: the employer's first answer (INTERVIEW, HIRED or DECLINED).
CREATE TABLE shortlist_candidate (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    shortlist_id      VARCHAR(36)   NOT NULL,
    job_seeker_id     VARCHAR(36)   NOT NULL,
    list_order        INT           NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    reason            VARCHAR(30)   NULL,
    comment           VARCHAR(1000) NULL,
    status_changed_at DATETIME(6)   NOT NULL,
    answered_at       DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_shortlist_candidate UNIQUE (shortlist_id, job_seeker_id),
    CONSTRAINT fk_candidate_shortlist FOREIGN KEY (shortlist_id) REFERENCES shortlist (id),
    KEY ix_candidate_seeker_status (job_seeker_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of state (who, when, from, to, reason), of the shortlist (job_seeker_id NULL) or of one
-- candidate, and the reminders (kind REMINDER, from = to).
CREATE TABLE shortlist_transition (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shortlist_id  VARCHAR(36)   NOT NULL,
    job_seeker_id VARCHAR(36)   NULL,
    kind          VARCHAR(12)   NOT NULL,
    from_status   VARCHAR(12)   NULL,
    to_status     VARCHAR(12)   NOT NULL,
    reason        VARCHAR(30)   NULL,
    comment       VARCHAR(1000) NULL,
    actor         VARCHAR(80)   NOT NULL,
    actor_role    VARCHAR(20)   NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_transition_shortlist FOREIGN KEY (shortlist_id) REFERENCES shortlist (id),
    KEY ix_transition_shortlist (shortlist_id, id),
    KEY ix_transition_to_status (to_status, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What was shared with which employer, when, on which basis: PSEUDONYMISED when a shortlist is sent,
-- CONTACT when the employer asks to meet the person.
CREATE TABLE profile_share (
    id                    VARCHAR(36) NOT NULL PRIMARY KEY,
    job_seeker_id         VARCHAR(36) NOT NULL,
    shortlist_id          VARCHAR(36) NOT NULL,
    recipient_employer_id VARCHAR(36) NOT NULL,
    level                 VARCHAR(20) NOT NULL,
    consent_basis         VARCHAR(40) NOT NULL,
    seeker_version        BIGINT      NULL,
    shared_by             VARCHAR(80) NOT NULL,
    shared_at             DATETIME(6) NOT NULL,
    CONSTRAINT fk_share_shortlist FOREIGN KEY (shortlist_id) REFERENCES shortlist (id),
    CONSTRAINT fk_share_employer FOREIGN KEY (recipient_employer_id) REFERENCES employer (id),
    KEY ix_share_seeker (job_seeker_id, shared_at),
    KEY ix_share_employer (recipient_employer_id, shared_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A hire. employment_unit_code and publics are those of the person at hiring; days_to_fill counts from
-- the publication of the vacancy to the hire.
CREATE TABLE placement (
    id                     VARCHAR(36)  NOT NULL PRIMARY KEY,
    job_seeker_id          VARCHAR(36)  NOT NULL,
    vacancy_id             VARCHAR(36)  NOT NULL,
    employer_id            VARCHAR(36)  NOT NULL,
    shortlist_id           VARCHAR(36)  NULL,
    employment_unit_code   VARCHAR(40)  NULL,
    contract_type          VARCHAR(20)  NOT NULL,
    start_date             DATE         NOT NULL,
    end_date               DATE         NULL,
    hours_per_week         INT          NOT NULL,
    publics                VARCHAR(200) NOT NULL DEFAULT '',
    insertion_contract_ref VARCHAR(40)  NULL,
    days_to_fill           INT          NULL,
    hired_by               VARCHAR(80)  NOT NULL,
    hired_at               DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT fk_placement_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_placement_shortlist FOREIGN KEY (shortlist_id) REFERENCES shortlist (id),
    KEY ix_placement_seeker (job_seeker_id, start_date),
    KEY ix_placement_vacancy (vacancy_id),
    KEY ix_placement_employer_hired (employer_id, hired_at),
    KEY ix_placement_unit_hired (employment_unit_code, hired_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Public works or services contracts with an insertion clause (hours to deliver over a period).
CREATE TABLE public_contract (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    ref          VARCHAR(40)  NOT NULL,
    buyer_id     VARCHAR(36)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    hours_target INT          NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    created_by   VARCHAR(80)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_public_contract_ref UNIQUE (ref),
    CONSTRAINT fk_public_contract_buyer FOREIGN KEY (buyer_id) REFERENCES employer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Hours worked by one person on one public contract in one month (work_month = first day of the month),
-- through one placement.
CREATE TABLE insertion_hours (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    public_contract_id VARCHAR(36)  NOT NULL,
    job_seeker_id      VARCHAR(36)  NOT NULL,
    placement_id       VARCHAR(36)  NOT NULL,
    work_month         DATE         NOT NULL,
    hours              DECIMAL(7,2) NOT NULL,
    recorded_by        VARCHAR(80)  NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uk_insertion_hours UNIQUE (public_contract_id, job_seeker_id, work_month),
    CONSTRAINT fk_hours_contract FOREIGN KEY (public_contract_id) REFERENCES public_contract (id),
    CONSTRAINT fk_hours_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    KEY ix_hours_month (work_month),
    KEY ix_hours_placement (placement_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
