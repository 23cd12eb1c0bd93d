package fr.tremplin.api.access;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The authorization matrix as a Markdown table, for docs/privacy.md (generated from {@link AccessRules}, the same
 * table the authorization matrix test checks; a test fails when the document is behind the table).
 */
public final class MatrixDocument {
    public static final String BEGIN = "<!-- matrice:début (générée depuis AccessRules, ne pas modifier à la main) -->";
    public static final String END = "<!-- matrice:fin -->";

    private MatrixDocument() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(BEGIN).append("\n\n");
        md.append("| route | usage | portée | ")
                .append(Arrays.stream(Caller.values()).map(Caller::label).collect(Collectors.joining(" | ")))
                .append(" |\n");
        md.append("|---|---|---|").append("---|".repeat(Caller.values().length)).append('\n');
        for (RouteRule rule : AccessRules.all()) {
            md.append("| `").append(rule.method()).append(' ').append(rule.path()).append("` | ")
                    .append(rule.purpose().replace("|", "\\|")).append(" | ").append(rule.scope().label()).append(" | ")
                    .append(Arrays.stream(Caller.values()).map(c -> rule.expect(c).mark())
                            .collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        md.append("\n").append(END);
        return md.toString();
    }

    /** {@code document} with its generated block replaced by the current table. */
    public static String refresh(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("docs/privacy.md has no generated block (" + BEGIN + " … " + END + ")");
        }
        return document.substring(0, begin) + markdown() + document.substring(end + END.length());
    }
}
