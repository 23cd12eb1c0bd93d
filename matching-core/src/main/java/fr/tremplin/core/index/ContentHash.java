package fr.tremplin.core.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A 64-bit digest (the first 8 bytes of SHA-256) of a document as the mapping built it: every field's name, kind
 * (terms, points, doc values, stored) and value, in order, except {@link IndexSchema#INDEXED_AT} (the time of
 * writing) and the hash itself. Two documents built from the same row by the same mapping have the same hash; a
 * document that differs in any indexed value (a wrong commune, a lost skill...) has another one.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** The hash of {@code doc}'s content. */
    public static long of(Document doc) {
        MessageDigest digest = sha256();
        ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
        for (IndexableField field : doc.getFields()) {
            String name = field.name();
            if (IndexSchema.INDEXED_AT.equals(name) || IndexSchema.CONTENT_HASH.equals(name)) {
                continue;
            }
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            IndexableFieldType type = field.fieldType();
            digest.update((byte) 0);
            digest.update((byte) type.indexOptions().ordinal());
            digest.update((byte) type.docValuesType().ordinal());
            digest.update((byte) type.pointDimensionCount());
            digest.update((byte) (type.stored() ? 1 : 0));
            BytesRef bytes = field.binaryValue();
            if (bytes != null) {
                digest.update(bytes.bytes, bytes.offset, bytes.length);
            } else if (field.stringValue() != null) {
                digest.update(field.stringValue().getBytes(StandardCharsets.UTF_8));
            } else if (field.numericValue() != null) {
                number.clear();
                digest.update(number.putLong(field.numericValue().longValue()).array());
            }
            digest.update((byte) 0);
        }
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    /** Adds {@link IndexSchema#CONTENT_HASH} to a complete document (the mapping's last step). */
    static void add(Document doc) {
        long hash = of(doc);
        doc.add(new NumericDocValuesField(IndexSchema.CONTENT_HASH, hash));
        doc.add(new StoredField(IndexSchema.CONTENT_HASH, hash));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
