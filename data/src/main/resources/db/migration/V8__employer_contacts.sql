-- The hidden market (issue 18): an adviser's call or visit to a company, recorded so that the unit does not call
-- the same company twice in a week (a second contact by the same unit within 7 days is refused, see
-- fr.tremplin.data.contact.EmployerContactService). A contact is about a company, never about a job seeker: no
-- column points at a person, and the note is short. recorded_by names the adviser account (its username, as
-- shortlist.created_by does). The employer table gets no size class: no source fills it honestly today.
CREATE TABLE employer_contact (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    employer_id          VARCHAR(36)  NOT NULL,
    employment_unit_code VARCHAR(40)  NOT NULL,
    recorded_by          VARCHAR(80)  NOT NULL,
    contacted_on         DATE         NOT NULL,
    outcome              VARCHAR(20)  NOT NULL,
    note                 VARCHAR(300) NULL,
    created_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_employer_contact_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_employer_contact_unit FOREIGN KEY (employment_unit_code) REFERENCES employment_unit (code),
    KEY ix_employer_contact_employer (employer_id, contacted_on),
    KEY ix_employer_contact_unit (employment_unit_code, employer_id, contacted_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
