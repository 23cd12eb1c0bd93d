package fr.tremplin.bench.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The baseline's own tables (prefix {@code bench_sql_}), derived from {@code job_seeker} as an application without
 * a search engine would maintain them: one row per person with the filter and scoring columns, and normalised join
 * tables for the lists. See {@link SqlBaseline} for why these indexes.
 *
 * <pre>
 * bench_sql_person     (id PK, matchable, lat, lon, radius_km, available_from, programmes, publics, diploma,
 *                       waiting_since, pt)                   + SPATIAL KEY (pt), KEY (radius_km)
 * bench_sql_occupation (person_id, rome, kind T|E, months)   PK (person_id, rome, kind) + KEY (rome, person_id)
 * bench_sql_skill      (person_id, skill)                    PK (person_id, skill)      + KEY (skill, person_id)
 * bench_sql_licence    (person_id, licence)                  PK (person_id, licence)
 * </pre>
 * Codes are ASCII with binary collation: compared as written (like Lucene's terms), and person ids sort as Java
 * strings do, so "score desc, id asc" breaks ties as the Lucene ranking does. The secondary indexes are created after
 * the bulk load (one sorted build each instead of millions of random inserts).
 */
final class BaselineTables {

    static final String PERSON = "bench_sql_person";
    static final String OCCUPATION = "bench_sql_occupation";
    static final String SKILL = "bench_sql_skill";
    static final String LICENCE = "bench_sql_licence";

    /** Occupation row kinds. */
    static final String TARGET = "T";
    static final String EXPERIENCE = "E";

    private static final String CODE = "CHARACTER SET ascii COLLATE ascii_bin";
    private static final String TABLE_OPTIONS = " ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin";

    private static final List<String> CREATE = List.of(
            "CREATE TABLE " + PERSON + " ("
                    + " id VARCHAR(36) " + CODE + " NOT NULL PRIMARY KEY,"
                    + " matchable BOOLEAN NOT NULL COMMENT 'status ACTIVE and consent to share',"
                    + " lat DOUBLE NOT NULL COMMENT 'home, else the commune centre (WGS84)',"
                    + " lon DOUBLE NOT NULL,"
                    + " radius_km SMALLINT NOT NULL,"
                    + " available_from DATE NOT NULL COMMENT '1970-01-01 when unknown: available now',"
                    + " programmes SMALLINT UNSIGNED NOT NULL COMMENT 'bit i: eligible to Programme ordinal i',"
                    + " publics SMALLINT UNSIGNED NOT NULL COMMENT 'bit i: in Public ordinal i',"
                    + " diploma TINYINT NOT NULL COMMENT '0 = none, 3 (CAP) to 8',"
                    + " waiting_since DATE NULL COMMENT 'last proposal, else entry into the caseload',"
                    + " pt POINT NOT NULL COMMENT 'POINT(lon, lat) in planar degrees, for the SPATIAL index'"
                    + ")" + TABLE_OPTIONS,
            "CREATE TABLE " + OCCUPATION + " ("
                    + " person_id VARCHAR(36) " + CODE + " NOT NULL,"
                    + " rome VARCHAR(10) " + CODE + " NOT NULL,"
                    + " kind CHAR(1) " + CODE + " NOT NULL COMMENT 'T target, E experience',"
                    + " months INT NOT NULL COMMENT 'months of experience; 0 for a target',"
                    + " PRIMARY KEY (person_id, rome, kind)"
                    + ")" + TABLE_OPTIONS,
            "CREATE TABLE " + SKILL + " ("
                    + " person_id VARCHAR(36) " + CODE + " NOT NULL,"
                    + " skill VARCHAR(20) " + CODE + " NOT NULL,"
                    + " PRIMARY KEY (person_id, skill)"
                    + ")" + TABLE_OPTIONS,
            "CREATE TABLE " + LICENCE + " ("
                    + " person_id VARCHAR(36) " + CODE + " NOT NULL,"
                    + " licence VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,"
                    + " PRIMARY KEY (person_id, licence)"
                    + ")" + TABLE_OPTIONS);

    private static final List<String> INDEXES = List.of(
            "CREATE INDEX ix_" + OCCUPATION + "_rome ON " + OCCUPATION + " (rome, person_id)",
            "CREATE INDEX ix_" + SKILL + "_skill ON " + SKILL + " (skill, person_id)",
            "CREATE SPATIAL INDEX ix_" + PERSON + "_pt ON " + PERSON + " (pt)",
            "CREATE INDEX ix_" + PERSON + "_radius ON " + PERSON + " (radius_km)");

    private BaselineTables() {
    }

    /** Drops the tables if they exist and creates them empty, without their secondary indexes. */
    static void recreate(Connection connection) throws SQLException {
        drop(connection);
        try (Statement s = connection.createStatement()) {
            for (String ddl : CREATE) {
                s.execute(ddl);
            }
        }
    }

    /** Creates the secondary indexes (after the bulk load) and refreshes the optimizer's statistics. */
    static void index(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String ddl : INDEXES) {
                s.execute(ddl);
            }
            s.execute("ANALYZE TABLE " + String.join(", ", PERSON, OCCUPATION, SKILL, LICENCE));
        }
    }

    /** The largest travel radius of anyone in the table, in km (0 when empty): no one lives farther from a workplace. */
    static int maxRadiusKm(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(radius_km), 0) FROM " + PERSON)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void drop(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + String.join(", ", PERSON, OCCUPATION, SKILL, LICENCE));
        }
    }

    /** The DDL, for the docs: the tables then their indexes. */
    static List<String> ddl() {
        return java.util.stream.Stream.concat(CREATE.stream(), INDEXES.stream()).toList();
    }
}
