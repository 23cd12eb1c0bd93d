package fr.tremplin.core.referential;

import java.util.List;
import java.util.Map;

/** One record of a {@link CsvTable}, read by column name. Errors name the source and the line. */
public final class CsvRow {

    private final String source;
    private final int line;
    private final Map<String, Integer> columnIndex;
    private final List<String> values;

    CsvRow(String source, int line, Map<String, Integer> columnIndex, List<String> values) {
        this.source = source;
        this.line = line;
        this.columnIndex = columnIndex;
        this.values = List.copyOf(values);
    }

    public String source() {
        return source;
    }

    /** The 1-based physical line where this record starts (the header is line 1). */
    public int line() {
        return line;
    }

    /** The raw value of {@code column}, possibly empty, never null. */
    public String get(String column) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw error("no column '" + column + "'; the columns are " + columnIndex.keySet());
        }
        return values.get(index);
    }

    /** The value of {@code column}, which must not be blank. */
    public String require(String column) {
        String value = get(column);
        if (value.isBlank()) {
            throw error("column '" + column + "' is empty");
        }
        return value;
    }

    public int getInt(String column) {
        String value = require(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CsvException(source, line, "column '" + column + "' is not an integer: '" + value + "'", e);
        }
    }

    public double getDouble(String column) {
        String value = require(column);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new CsvException(source, line, "column '" + column + "' is not a number: '" + value + "'", e);
        }
    }

    /** The values in column order. */
    public List<String> values() {
        return values;
    }

    /** An exception locating {@code problem} at this row, for the caller to throw. */
    public CsvException error(String problem) {
        return new CsvException(source, line, problem);
    }

    @Override
    public String toString() {
        return source + ":" + line + " " + values;
    }
}
