package fr.tremplin.core.referential;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        String text = """
                code,label,note
                1,"Maçon, coffreur","Dit ""le chef""
                sur deux lignes"
                2,simple,
                """;

        CsvTable table = CsvReader.parse("test.csv", text);

        assertThat(table.columns()).containsExactly("code", "label", "note");
        assertThat(table.rows()).hasSize(2);
        CsvRow first = table.rows().get(0);
        assertThat(first.get("label")).isEqualTo("Maçon, coffreur");
        assertThat(first.get("note")).isEqualTo("Dit \"le chef\"\nsur deux lignes");
        assertThat(first.line()).isEqualTo(2);
        CsvRow second = table.rows().get(1);
        assertThat(second.line()).as("the line where the record starts, after a two-line record").isEqualTo(4);
        assertThat(second.getInt("code")).isEqualTo(2);
        assertThat(second.get("note")).isEmpty();
    }

    @Test
    void crlfLineEndsByteOrderMarkAndMissingFinalLineBreakAreAccepted() {
        CsvTable table = CsvReader.parse("test.csv", "\uFEFFa,b\r\n\"x\",\"\"\r\n3,4");

        assertThat(table.columns()).containsExactly("a", "b");
        assertThat(table.rows()).extracting(CsvRow::values)
                .containsExactly(java.util.List.of("x", ""), java.util.List.of("3", "4"));
    }

    @Test
    void blankLinesAreSkipped() {
        CsvTable table = CsvReader.parse("test.csv", "a,b\n1,2\n\n3,4\n\n");

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2, 4);
    }

    @Test
    void utf8IsDecoded() {
        byte[] bytes = "commune\nSaint-Aignan-Grandlieu\nCouëron\n".getBytes(StandardCharsets.UTF_8);

        CsvTable table = CsvReader.read("communes.csv", new ByteArrayInputStream(bytes));

        assertThat(table.rows().get(1).get("commune")).isEqualTo("Couëron");
    }

    @Test
    void unterminatedQuoteIsReportedWithSourceAndStartLine() {
        assertThatThrownBy(() -> CsvReader.parse("broken.csv", "a,b\n1,2\n3,\"open\n4,5\n"))
                .isInstanceOf(CsvException.class)
                .hasMessage("broken.csv, line 3: a quoted field is never closed (missing closing quote)")
                .satisfies(e -> assertThat(((CsvException) e).line()).isEqualTo(3));
    }

    @Test
    void wrongNumberOfFieldsIsReportedWithItsLine() {
        assertThatThrownBy(() -> CsvReader.parse("broken.csv", "a,b\n1,2\n3,4,5\n"))
                .isInstanceOf(CsvException.class)
                .hasMessageStartingWith("broken.csv, line 3: expected 2 fields [a, b] but found 3");
    }

    @Test
    void quoteInsideUnquotedFieldIsRejected() {
        assertThatThrownBy(() -> CsvReader.parse("broken.csv", "a,b\n1,2 \"pouces\"\n"))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("broken.csv, line 2: a double quote inside an unquoted field");
    }

    @Test
    void textAfterClosingQuoteIsRejected() {
        assertThatThrownBy(() -> CsvReader.parse("broken.csv", "a,b\n\"1\"x,2\n"))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("line 2: unexpected character 'x' after a closing quote");
    }

    @Test
    void unknownColumnNamesTheColumnsThatExist() {
        CsvRow row = CsvReader.parse("test.csv", "a,b\n1,2\n").rows().getFirst();

        assertThatThrownBy(() -> row.get("c"))
                .isInstanceOf(CsvException.class)
                .hasMessageStartingWith("test.csv, line 2: no column 'c'");
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeader() {
        CsvTable table = CsvReader.parse("test.csv", "a,b\n1,2\n");

        assertThatThrownBy(() -> table.requireColumns("a", "code_rome"))
                .isInstanceOf(CsvException.class)
                .hasMessage("test.csv, line 1: missing column 'code_rome'; the header has [a, b]");
    }

    @Test
    void duplicateHeaderIsRejected() {
        assertThatThrownBy(() -> CsvReader.parse("test.csv", "a,a\n1,2\n"))
                .isInstanceOf(CsvException.class)
                .hasMessageContaining("header column 'a' appears twice");
    }

    @Test
    void nonNumericValueIsReportedWithColumnAndLine() {
        CsvRow row = CsvReader.parse("test.csv", "n\ndouze\n").rows().getFirst();

        assertThatThrownBy(() -> row.getInt("n"))
                .isInstanceOf(CsvException.class)
                .hasMessage("test.csv, line 2: column 'n' is not an integer: 'douze'");
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] latin1 = "commune\nCouëron\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvReader.read("latin1.csv", new ByteArrayInputStream(latin1)))
                .isInstanceOf(CsvException.class)
                .hasMessageStartingWith("latin1.csv: is not valid UTF-8");
    }

    @Test
    void missingResourceIsNamed() {
        assertThatThrownBy(() -> CsvReader.readResource("referential/nowhere.csv"))
                .isInstanceOf(CsvException.class)
                .hasMessage("referential/nowhere.csv: resource not found on the classpath");
    }
}
