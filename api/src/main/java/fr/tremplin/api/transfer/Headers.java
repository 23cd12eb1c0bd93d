package fr.tremplin.api.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the rows of a file into {@link Line}s of one kind: the first row is the headers (matched to the kind's
 * columns in any order: unknown, doubled or missing required columns are errors of line 1), each next row a line;
 * a row with more cells than headers is an error of its line.
 */
final class Headers<C extends Enum<C> & Column> implements TableReader.RowHandler {
    private final Class<C> type;
    private final Consumer<Line<C>> lines;
    private final List<ImportError> errors;
    private List<C> columns;

    Headers(Class<C> type, List<ImportError> errors, Consumer<Line<C>> lines) {
        this.type = type;
        this.errors = errors;
        this.lines = lines;
    }

    /** Whether the header row was read and is valid. */
    boolean valid() {
        return columns != null && errors.stream().noneMatch(e -> e.line() == 1);
    }

    @Override
    public void row(TableReader.Row row) {
        if (columns == null) {
            columns = headers(row.cells());
            return;
        }
        if (!valid()) {
            return;
        }
        if (row.cells().size() > columns.size()) {
            errors.add(new ImportError(row.line(), null, null, "la ligne compte " + row.cells().size()
                    + " cellules pour " + columns.size() + " colonnes (séparateur dans une cellule non protégée par"
                    + " des guillemets ?)"));
        }
        Map<C, String> cells = new EnumMap<>(type);
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), i < row.cells().size() ? row.cells().get(i) : "");
        }
        lines.accept(new Line<>(row.line(), cells));
    }

    private List<C> headers(List<String> cells) {
        List<C> found = new ArrayList<>();
        for (String header : cells) {
            C c = Column.ofHeader(type, header);
            if (c == null) {
                errors.add(new ImportError(1, header, header, "colonne inconnue ; colonnes possibles : "
                        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Column::header).toList())
                        + (cells.size() == 1 && header.contains("\t") ? " (séparateur tabulation : enregistrez le"
                        + " fichier en CSV séparateur point-virgule)" : "")));
            } else if (found.contains(c)) {
                errors.add(new ImportError(1, header, header, "colonne en double"));
            }
            found.add(c);
        }
        for (C c : type.getEnumConstants()) {
            if (c.required() && !found.contains(c)) {
                errors.add(new ImportError(1, c.header(), null, "colonne obligatoire absente"));
            }
        }
        return found;
    }
}
