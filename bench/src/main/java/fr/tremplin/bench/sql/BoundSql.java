package fr.tremplin.bench.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * SQL text and its parameters, written together so they cannot drift apart: every value becomes a {@code ?}
 * placeholder (a list becomes {@code ?, ?, ?}), never text. Numbers meant as doubles are wrapped in
 * {@code CAST(? AS DOUBLE)}: MariaDB reads a literal such as {@code 0.35} as an exact DECIMAL, and DECIMAL divisions
 * keep only four more digits ({@code div_precision_increment}), which would round the scores.
 */
final class BoundSql {

    private final StringBuilder text = new StringBuilder(4096);
    private final List<Object> values = new ArrayList<>();

    BoundSql sql(String sql) {
        text.append(sql);
        return this;
    }

    /** A string, integer or date parameter. */
    BoundSql value(Object value) {
        text.append('?');
        values.add(value);
        return this;
    }

    /** A double parameter, as a DOUBLE in SQL. */
    BoundSql number(double value) {
        text.append("CAST(? AS DOUBLE)");
        values.add(value);
        return this;
    }

    /** {@code ?, ?, ?}: one placeholder per value (pass a non-empty collection). */
    BoundSql list(Collection<?> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("An SQL list needs at least one value");
        }
        text.append(String.join(", ", Collections.nCopies(list.size(), "?")));
        values.addAll(list);
        return this;
    }

    String text() {
        return text.toString();
    }

    List<Object> values() {
        return List.copyOf(values);
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            switch (value) {
                case String s -> statement.setString(i + 1, s);
                case Integer n -> statement.setInt(i + 1, n);
                case Double d -> statement.setDouble(i + 1, d);
                case LocalDate d -> statement.setObject(i + 1, d);
                default -> throw new IllegalArgumentException("Unsupported SQL parameter " + value.getClass());
            }
        }
    }
}
