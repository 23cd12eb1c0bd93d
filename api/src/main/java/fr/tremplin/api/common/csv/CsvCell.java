package fr.tremplin.api.common.csv;

/**
 * One cell of a CSV file for a spreadsheet, written safely: text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be read as a formula (OWASP « CSV injection »), so it gets a leading
 * {@code '}; a cell holding the separator, a quote or a line break is quoted (RFC 4180). Every CSV export goes
 * through here. Numbers and dates we format ourselves are not text and pass as they are.
 */
public final class CsvCell {
    private CsvCell() {
    }

    /** Text from a person or the database, neutralised then quoted as needed. */
    public static String text(String value, char separator) {
        return quoted(neutralised(value), separator);
    }

    /** A value we formatted ourselves (number, date): only quoted as needed. */
    public static String formatted(String value, char separator) {
        return quoted(value, separator);
    }

    public static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String quoted(String s, char separator) {
        if (s.indexOf(separator) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
