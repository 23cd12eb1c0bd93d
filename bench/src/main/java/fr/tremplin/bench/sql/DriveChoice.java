package fr.tremplin.bench.sql;

import fr.tremplin.bench.sql.CandidateStatement.Drive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Chooses where the candidates query starts reading, from MariaDB's own row estimates ({@code EXPLAIN}: index dives
 * and the R-tree's estimate, a fraction of a millisecond): the bounding box when it holds a quarter or less of the
 * join-table rows the retrieval reads, the retrieval otherwise. A person of the box costs a few random primary-key
 * probes of the join tables, a retrieval row a sequential index entry and a temporary-table insert: measured on 28,000
 * to 1,000,000 people, the retrieval stays faster until it reads about four times more rows than the box holds. The
 * optimizer cannot make this choice itself: the two starts are differently written statements.
 */
final class DriveChoice {

    /** How many retrieval rows cost as much as one person of the box. */
    static final int BOX_PERSON_COST = 4;

    private DriveChoice() {
    }

    static Drive of(Connection connection, CandidatePlan plan) throws SQLException {
        long box = estimate(connection, CandidateStatement.boxCount(plan));
        long retrieval = 0;
        for (BoundSql count : CandidateStatement.retrievalCounts(plan)) {
            retrieval += estimate(connection, count);
        }
        return box * BOX_PERSON_COST <= retrieval ? Drive.BOX : Drive.RETRIEVAL;
    }

    /** The optimizer's estimate of the rows a single-table statement reads. */
    private static long estimate(Connection connection, BoundSql select) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("EXPLAIN " + select.text())) {
            select.bind(s);
            long rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows += rs.getLong("rows");
                }
            }
            return rows;
        }
    }
}
