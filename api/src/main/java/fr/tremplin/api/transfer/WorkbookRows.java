package fr.tremplin.api.transfer;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of an .xlsx workbook, row by row, read with POI's event API (SAX over the sheet's XML: the sheet is
 * never held in memory). Cells are read as text: a date cell (a number with a date format) becomes {@code AAAA-MM-JJ},
 * any other number its plain digits (no grouping, no exponent: a SIRET typed as a number stays 14 digits), text as
 * typed. Missing cells of a row are empty.
 */
final class WorkbookRows {
    private WorkbookRows() {
    }

    static void read(FileSource file, TableReader.RowHandler handler) throws IOException {
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableReader.UnreadableFile(1, "le classeur ne contient aucune feuille");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new RowCollector(handler), new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof HandlerFailure f) {
                throw f.cause;
            }
            if (e instanceof SAXException s && s.getException() instanceof HandlerFailure f) {
                throw f.cause;
            }
            if (e instanceof TableReader.UnreadableFile u) {
                throw u;
            }
            throw new TableReader.UnreadableFile(1, "classeur .xlsx illisible (fichier abîmé ou protégé par un mot"
                    + " de passe ?)");
        }
    }

    private static OPCPackage open(FileSource file) throws IOException, OpenXML4JException {
        if (file.path() != null) {
            return OPCPackage.open(file.path().toFile(), PackageAccess.READ);
        }
        try (InputStream in = file.open()) {
            return OPCPackage.open(in);
        }
    }

    /** Gathers a row's cells by column letter and hands the row over at its end. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableReader.RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int row;

        RowCollector(TableReader.RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            TableReader.Row r = new TableReader.Row(row + 1, List.copyOf(cells));
            if (!r.isBlank()) {
                try {
                    handler.row(r);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** What the receiver of the rows threw, carried through the XML parser untouched. */
    private static final class HandlerFailure extends RuntimeException {
        final RuntimeException cause;

        HandlerFailure(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    /** Dates as AAAA-MM-JJ, other numbers as plain digits. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
