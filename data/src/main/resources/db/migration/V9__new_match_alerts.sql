-- Adviser alerts « nouvelle offre pour une personne » (NEW_MATCH): when a new vacancy is indexed, the people it
-- ranks in its top 5 are saved here, one row per vacancy and person. Written by every node that applies the
-- outbox: the unique key makes a second insert of the same pair a no-op (INSERT IGNORE).
-- No foreign key (as for shortlists): erasing a person deletes their rows (SeekerErasure), a deleted vacancy's rows
-- stop showing (the alert list joins open vacancies).
CREATE TABLE new_match (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    vacancy_id    VARCHAR(36) NOT NULL,
    job_seeker_id VARCHAR(36) NOT NULL,
    match_rank    INT         NOT NULL,
    matched_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_new_match UNIQUE (vacancy_id, job_seeker_id),
    KEY ix_new_match_seeker (job_seeker_id),
    KEY ix_new_match_time (matched_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
