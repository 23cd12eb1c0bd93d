package fr.tremplin.bench.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Buffers the rows of one table and writes them with multi-row {@code INSERT ... VALUES (...), (...)} statements of
 * {@link #ROWS_PER_STATEMENT} rows (the pattern of the demo data writer): a full statement is prepared once and
 * reused, the remainder goes out in one smaller statement at {@link #flush()}. The caller owns the connection and
 * its transactions. Not thread-safe.
 */
final class MultiRowInsert implements AutoCloseable {

    /** Rows per statement: 12 values × 1,000 rows stays far below MariaDB's 65,535 placeholders. */
    static final int ROWS_PER_STATEMENT = 1_000;

    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final String tuple;
    private final int valuesPerRow;
    private final List<Object> values = new ArrayList<>();
    private PreparedStatement full;
    private long written;

    /** One {@code ?} per column. */
    MultiRowInsert(Connection connection, String table, List<String> columns) {
        this(connection, table, columns, "(" + "?, ".repeat(columns.size() - 1) + "?)");
    }

    /**
     * @param tuple the VALUES tuple of one row, one expression per column, e.g. {@code (?, ?, POINT(?, ?))}; a row
     *              gives one value per {@code ?}
     */
    MultiRowInsert(Connection connection, String table, List<String> columns, String tuple) {
        this.connection = connection;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.tuple = tuple;
        this.valuesPerRow = (int) tuple.chars().filter(ch -> ch == '?').count();
    }

    /** Adds one row (one value per placeholder of the tuple, in order); writes a full statement when one is ready. */
    void add(Object... row) throws SQLException {
        if (row.length != valuesPerRow) {
            throw new IllegalArgumentException(table + ": " + row.length + " values for " + valuesPerRow + " placeholders");
        }
        Collections.addAll(values, row);
        if (values.size() == ROWS_PER_STATEMENT * valuesPerRow) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            execute(full);
        }
    }

    /** Writes the buffered rows. */
    void flush() throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement partial = connection.prepareStatement(sql(values.size() / valuesPerRow))) {
            execute(partial);
        }
    }

    /** Rows written so far. */
    long written() {
        return written;
    }

    private void execute(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            bind(statement, i + 1, values.get(i));
        }
        try {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new SQLException("Inserting " + values.size() / valuesPerRow + " rows into " + table + " failed after "
                    + written + " rows: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
        written += values.size() / valuesPerRow;
        values.clear();
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.DATE);
            case String s -> statement.setString(index, s);
            case Integer n -> statement.setInt(index, n);
            case Double d -> statement.setDouble(index, d);
            case Boolean b -> statement.setBoolean(index, b);
            case LocalDate d -> statement.setObject(index, d);
            default -> throw new IllegalArgumentException("Unsupported column value " + value.getClass());
        }
    }

    private String sql(int rows) {
        StringBuilder sql = new StringBuilder(64 + rows * (tuple.length() + 1))
                .append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns)).append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append(tuple);
        }
        return sql.toString();
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
