package fr.tremplin.core.referential;

import java.util.List;

/**
 * A parsed CSV source: its header and its records.
 *
 * @param source  the resource or file name, used in error messages
 * @param columns the header row, in order
 * @param rows    the records after the header, in order
 */
public record CsvTable(String source, List<String> columns, List<CsvRow> rows) {

    public CsvTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Checks the header has every one of {@code required}; returns this table. */
    public CsvTable requireColumns(String... required) {
        for (String column : required) {
            if (!columns.contains(column)) {
                throw new CsvException(source, 1, "missing column '" + column + "'; the header has " + columns);
            }
        }
        return this;
    }
}
