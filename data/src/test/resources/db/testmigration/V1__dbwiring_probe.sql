-- Test-only migration of fr.tremplin.data.db.DatabaseWiringTest (schema "dbwiring"), independent of db/migration.
CREATE TABLE dbwiring_probe (
    id    BIGINT AUTO_INCREMENT PRIMARY KEY,
    label VARCHAR(100) NOT NULL
) ENGINE = InnoDB;

INSERT INTO dbwiring_probe (label) VALUES ('seeded by flyway');
