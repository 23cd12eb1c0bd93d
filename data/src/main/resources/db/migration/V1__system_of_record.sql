-- Tremplin system of record (MariaDB 11.4). Lists of referential codes are stored as comma-separated
-- codes (ROME codes, skill codes, licences, publics never contain a comma): compact, readable in SQL
-- (FIND_IN_SET) and mapped by attribute converters.

CREATE TABLE employment_unit (
    code          VARCHAR(40)  NOT NULL PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    commune_insee CHAR(5)      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE employer (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    siret         CHAR(14)     NOT NULL,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    sector        VARCHAR(20)  NOT NULL,
    commune_insee CHAR(5)      NOT NULL,
    naf_code      VARCHAR(5)   NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_employer_siret UNIQUE (siret),
    KEY ix_employer_kind (kind),
    KEY ix_employer_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    username             VARCHAR(80)  NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    employment_unit_code VARCHAR(40)  NULL,
    employer_id          VARCHAR(36)  NULL,
    demo                 BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (employment_unit_code) REFERENCES employment_unit (code),
    CONSTRAINT fk_app_user_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE job_seeker (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    external_ref         VARCHAR(40)   NOT NULL,
    first_name           VARCHAR(80)   NOT NULL,
    last_name            VARCHAR(80)   NOT NULL,
    birth_date           DATE          NOT NULL,
    email                VARCHAR(200)  NULL,
    phone                VARCHAR(20)   NULL,
    commune_insee        CHAR(5)       NOT NULL,
    mobility_radius_km   INT           NOT NULL,
    licences             VARCHAR(200)  NOT NULL DEFAULT '',
    has_vehicle          BOOLEAN       NOT NULL,
    target_occupations   VARCHAR(400)  NOT NULL DEFAULT '',
    experiences          VARCHAR(800)  NOT NULL DEFAULT '',
    skills               TEXT          NOT NULL,
    summary              TEXT          NULL,
    diploma_level        INT           NULL,
    available_from       DATE          NULL,
    working_time         VARCHAR(12)   NOT NULL,
    publics              VARCHAR(200)  NOT NULL DEFAULT '',
    employment_unit_code VARCHAR(40)   NOT NULL,
    consent_to_share     BOOLEAN       NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uk_job_seeker_external_ref UNIQUE (external_ref),
    CONSTRAINT fk_job_seeker_unit FOREIGN KEY (employment_unit_code) REFERENCES employment_unit (code),
    KEY ix_job_seeker_unit_status (employment_unit_code, status),
    KEY ix_job_seeker_status (status),
    KEY ix_job_seeker_name (last_name, first_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vacancy (
    id                     VARCHAR(36)  NOT NULL PRIMARY KEY,
    employer_id            VARCHAR(36)  NOT NULL,
    occupation             CHAR(5)      NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    description            TEXT         NULL,
    commune_insee          CHAR(5)      NOT NULL,
    contract_type          VARCHAR(20)  NOT NULL,
    hours_per_week         INT          NOT NULL,
    start_date             DATE         NULL,
    positions              INT          NOT NULL,
    required_skills        TEXT         NOT NULL,
    nice_to_have_skills    TEXT         NOT NULL,
    required_licences      VARCHAR(200) NOT NULL DEFAULT '',
    min_diploma_level      INT          NULL,
    insertion_contract_ref VARCHAR(40)  NULL,
    insertion_hours        INT          NULL,
    status                 VARCHAR(10)  NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT fk_vacancy_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    KEY ix_vacancy_employer (employer_id),
    KEY ix_vacancy_occupation_status (occupation, status),
    KEY ix_vacancy_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Transactional outbox: one row per change of an aggregate, written in the same transaction as the
-- change. Readers (one per node and index) track their own position; see indexer.
CREATE TABLE outbox_event (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    aggregate_type VARCHAR(20) NOT NULL,
    aggregate_id   VARCHAR(36) NOT NULL,
    operation      VARCHAR(10) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    KEY ix_outbox_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
