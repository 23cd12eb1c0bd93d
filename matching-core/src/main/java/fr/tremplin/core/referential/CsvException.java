package fr.tremplin.core.referential;

/**
 * A problem in a CSV source, located by source name and line: a syntax error (unterminated quote, wrong
 * number of fields, missing column) or content that does not fit (a number that is not one, a code that
 * refers to nothing).
 */
public final class CsvException extends RuntimeException {

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source  the resource or file name, e.g. {@code referential/rome/rome_fiches.csv}
     * @param line    the 1-based physical line where the record starts (the header is line 1); 0 for the whole source
     * @param problem what is wrong, and what to do about it when that is not obvious
     */
    public CsvException(String source, int line, String problem) {
        super(format(source, line, problem));
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** Same as {@link #CsvException(String, int, String)}, keeping the low-level cause. */
    public CsvException(String source, int line, String problem, Throwable cause) {
        super(format(source, line, problem), cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    private static String format(String source, int line, String problem) {
        return line > 0 ? source + ", line " + line + ": " + problem : source + ": " + problem;
    }
}
