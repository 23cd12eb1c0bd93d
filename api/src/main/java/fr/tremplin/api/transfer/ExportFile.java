package fr.tremplin.api.transfer;

import fr.tremplin.api.report.FrenchCsv;

import java.util.Arrays;
import java.util.List;

/** An exported file, in the columns of its kind's import, and how many rows it holds. */
public record ExportFile(byte[] bytes, int rows) {
    /** The file of these rows under the headers of {@code columns} ({@link FrenchCsv}: UTF-8 with BOM, ';'). */
    static <C extends Enum<C> & Column> ExportFile of(Class<C> columns, List<List<Object>> rows) {
        FrenchCsv csv = new FrenchCsv().row(Arrays.stream(columns.getEnumConstants()).map(Column::header).toList());
        rows.forEach(csv::row);
        return new ExportFile(csv.bytes(), rows.size());
    }
}
