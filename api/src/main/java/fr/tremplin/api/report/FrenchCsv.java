package fr.tremplin.api.report;

import fr.tremplin.api.common.csv.CsvCell;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV that a French spreadsheet opens as is: UTF-8 with a byte-order mark, ';' between cells, CRLF line
 * ends, decimal comma, dates as dd/MM/yyyy; cells written by {@link CsvCell} (formula-like text neutralised, quoting per RFC 4180).
 */
public final class FrenchCsv {
    public static final String MEDIA_TYPE = "text/csv";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public FrenchCsv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Through the shared {@link CsvCell}: text is neutralised against formulas, our numbers and dates are not. */
    public static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> CsvCell.formatted(d.stripTrailingZeros().toPlainString().replace('.', ','), ';');
            case Double d -> CsvCell.formatted(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ','), ';');
            case Number n -> CsvCell.formatted(n.toString(), ';');
            case LocalDate d -> CsvCell.formatted(d.format(DATE), ';');
            default -> CsvCell.text(value.toString(), ';');
        };
    }

    /** A ratio (0–1) as a percentage with one decimal, or null. */
    static Double percent(Double ratio) {
        return ratio == null ? null : BigDecimal.valueOf(ratio * 100).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
