-- Bulk import of vacancies (issue 14): a vacancy imported from a file keeps the reference the file gives it, so that
-- importing the file again updates it rather than creating it twice. Vacancies posted through the API have none
-- (their export writes their id as the reference, which the import also recognises).
ALTER TABLE vacancy ADD COLUMN external_ref VARCHAR(40) NULL;
ALTER TABLE vacancy ADD CONSTRAINT uk_vacancy_external_ref UNIQUE (external_ref);
