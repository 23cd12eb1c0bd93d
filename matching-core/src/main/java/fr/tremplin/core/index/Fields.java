package fr.tremplin.core.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/** The field kinds of {@link IndexSchema}, as small writers onto a {@link Document}. */
final class Fields {

    private Fields() {
    }

    /** The id: keyword, stored, SORTED doc values. */
    static void id(Document doc, String value) {
        doc.add(new StringField(IndexSchema.ID, value, Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(value)));
    }

    /** The row version (long point, NUMERIC doc values, stored) and the indexing time (doc values, stored). */
    static void version(Document doc, long version, long indexedAtMillis) {
        doc.add(new LongPoint(IndexSchema.VERSION, version));
        doc.add(new NumericDocValuesField(IndexSchema.VERSION, version));
        doc.add(new StoredField(IndexSchema.VERSION, version));
        doc.add(new NumericDocValuesField(IndexSchema.INDEXED_AT, indexedAtMillis));
        doc.add(new StoredField(IndexSchema.INDEXED_AT, indexedAtMillis));
    }

    /** A single-valued keyword: term + SORTED doc values. */
    static void keyword(Document doc, String name, String value) {
        doc.add(new StringField(name, value, Field.Store.NO));
        doc.add(new SortedDocValuesField(name, new BytesRef(value)));
    }

    /** A multi-valued keyword: one term per distinct value + SORTED_SET doc values; nothing when empty. */
    static void keywords(Document doc, String name, Collection<String> values) {
        for (String value : new TreeSet<>(values)) {
            doc.add(new StringField(name, value, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(name, new BytesRef(value)));
        }
    }

    /** Several values as SORTED_SET doc values only (not searchable); nothing when empty. */
    static void docValuesOnly(Document doc, String name, Collection<String> values) {
        for (String value : new TreeSet<>(values)) {
            doc.add(new SortedSetDocValuesField(name, new BytesRef(value)));
        }
    }

    static void flag(Document doc, String name, boolean value) {
        doc.add(new StringField(name, Boolean.toString(value), Field.Store.NO));
        doc.add(new NumericDocValuesField(name, value ? 1 : 0));
    }

    static void integer(Document doc, String name, int value) {
        doc.add(new IntPoint(name, value));
        doc.add(new NumericDocValuesField(name, value));
    }

    /** A date as an int (epoch day). */
    static void date(Document doc, String name, LocalDate value) {
        integer(doc, name, Math.toIntExact(value.toEpochDay()));
    }

    static void location(Document doc, String name, GeoPoint point) {
        doc.add(new LatLonPoint(name, point.lat(), point.lon()));
        doc.add(new LatLonDocValuesField(name, point.lat(), point.lon()));
    }

    /** French text; several values are indexed with a position gap of 100. Nothing when blank. */
    static void text(Document doc, String name, Collection<String> values) {
        for (String value : values) {
            if (!value.isBlank()) {
                doc.add(new TextField(name, value, Field.Store.NO));
            }
        }
    }
}
