package fr.tremplin.core.ranking;

import fr.tremplin.core.index.IndexSchema.Seeker;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The hard-filter fields of one segment of the job-seeker index, copied once from its doc values into arrays on
 * the heap, so that the collection loop reads an array element per filter instead of advancing a doc-values
 * iterator over the memory-mapped file (measured: most of the ranking's time at 28,000 people went into those
 * iterators, for the ~5 people retrieved per person who passes the filters).
 *
 * <p>One instance per segment core ({@link PerSegmentCore}), shared by every search of that segment and dropped when
 * the segment is closed: segments never change once written (the index uses no doc-values
 * updates), deletions are applied by Lucene before the collector sees a document. 37 bytes per person
 * (37 MB of heap per million people). Values are those the filters read: status and consent folded into one
 * flag, availability date, travel radius, home point, programme and public masks, licence ords, unit ord; and two
 * the scoring reads, which also tighten the bound before it (diploma level, waiting date).
 */
final class SeekerColumns {

    /** Status ACTIVE and consent given: the only people a candidates ranking may show. */
    static final byte LIVE = 1;
    static final byte HAS_HOME = 2;
    static final byte HAS_RADIUS = 4;
    static final byte HAS_AVAILABLE = 8;

    private static final BytesRef ACTIVE = new BytesRef(SeekerStatus.ACTIVE.name());
    private static final PerSegmentCore<SeekerColumns> BY_CORE = new PerSegmentCore<>();

    static {
        if (Programme.values().length > Byte.SIZE || Public.values().length > Byte.SIZE) {
            throw new IllegalStateException("Programme and Public masks are kept in one byte each");
        }
    }

    final byte[] flags;
    final int[] availableFrom;
    final short[] radiusKm;
    final long[] home;
    final byte[] programmes;
    final byte[] publics;
    /** Bit {@code ord} set for each licence ord of the person; null when the segment has more than 64 licence terms. */
    final long[] licenceOrds;
    final int[] unit;
    /** Diploma level, 0 when none is recorded (as the scoring reads it). */
    final int[] diploma;
    /** Epoch day since which the person waits without a proposal; {@link #NOT_WAITING} when none is recorded. */
    final int[] waitingSince;

    /** {@link #waitingSince} of a person with no such date. */
    static final int NOT_WAITING = Integer.MIN_VALUE;

    private SeekerColumns(int maxDoc, boolean licenceBits) {
        this.flags = new byte[maxDoc];
        this.availableFrom = new int[maxDoc];
        this.radiusKm = new short[maxDoc];
        this.home = new long[maxDoc];
        this.programmes = new byte[maxDoc];
        this.publics = new byte[maxDoc];
        this.licenceOrds = licenceBits ? new long[maxDoc] : null;
        this.unit = new int[maxDoc];
        this.diploma = new int[maxDoc];
        this.waitingSince = new int[maxDoc];
    }

    /** The columns of the segment, loaded at the first search of it and kept while it is open. */
    static SeekerColumns of(LeafReader reader) throws IOException {
        return BY_CORE.get(reader, SeekerColumns::load);
    }

    /** Whether the segment's columns are loaded and kept (for tests). */
    static boolean isLoaded(LeafReader reader) {
        return BY_CORE.peek(reader) != null;
    }

    /**
     * For each group of licences a vacancy requires (any one of a group will do), the bits of the ords of this
     * segment ({@code licenceTerms}: the segment's own licence doc values) that satisfy it; a group the segment has no term of gets 0 (nobody here passes).
     */
    static long[] licenceGroups(SortedSetDocValues licenceTerms, List<Set<String>> required) throws IOException {
        long[] groups = new long[required.size()];
        for (int i = 0; i < groups.length; i++) {
            for (String code : required.get(i)) {
                long ord = licenceTerms.lookupTerm(new BytesRef(code));
                if (ord >= 0) {
                    groups[i] |= 1L << ord;
                }
            }
        }
        return groups;
    }

    /** Whether the person's licences satisfy every group of {@link #licenceGroups}. */
    boolean holdsLicences(int doc, long[] groups) {
        long held = licenceOrds[doc];
        for (long group : groups) {
            if ((held & group) == 0) {
                return false;
            }
        }
        return true;
    }

    private static SeekerColumns load(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        SeekerColumns columns = new SeekerColumns(maxDoc,
                DocValues.getSortedSet(reader, Seeker.LICENCE).getValueCount() <= Long.SIZE);
        columns.loadLive(reader);
        NumericDocValues available = DocValues.getNumeric(reader, Seeker.AVAILABLE_FROM);
        for (int doc = available.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = available.nextDoc()) {
            columns.availableFrom[doc] = Math.toIntExact(available.longValue());
            columns.flags[doc] |= HAS_AVAILABLE;
        }
        NumericDocValues radii = DocValues.getNumeric(reader, Seeker.RADIUS_KM);
        for (int doc = radii.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = radii.nextDoc()) {
            // beyond half the Earth's circumference a radius limits nothing: the clamp changes no answer
            columns.radiusKm[doc] = (short) Math.clamp(radii.longValue(), 0, Short.MAX_VALUE);
            columns.flags[doc] |= HAS_RADIUS;
        }
        SortedNumericDocValues homes = DocValues.getSortedNumeric(reader, Seeker.HOME);
        for (int doc = homes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = homes.nextDoc()) {
            columns.home[doc] = homes.nextValue();
            columns.flags[doc] |= HAS_HOME;
        }
        masks(DocValues.getSortedSet(reader, Seeker.PROGRAMME), Programme.class, columns.programmes);
        masks(DocValues.getSortedSet(reader, Seeker.PUBLIC), Public.class, columns.publics);
        if (columns.licenceOrds != null) {
            SortedSetDocValues licences = DocValues.getSortedSet(reader, Seeker.LICENCE);
            for (int doc = licences.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = licences.nextDoc()) {
                long bits = 0;
                for (int i = 0, n = licences.docValueCount(); i < n; i++) {
                    bits |= 1L << licences.nextOrd();
                }
                columns.licenceOrds[doc] = bits;
            }
        }
        NumericDocValues diplomas = DocValues.getNumeric(reader, Seeker.DIPLOMA_LEVEL);
        for (int doc = diplomas.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = diplomas.nextDoc()) {
            columns.diploma[doc] = (int) diplomas.longValue(); // as the scoring read it
        }
        java.util.Arrays.fill(columns.waitingSince, NOT_WAITING);
        NumericDocValues waiting = DocValues.getNumeric(reader, Seeker.WAITING_SINCE);
        for (int doc = waiting.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = waiting.nextDoc()) {
            columns.waitingSince[doc] = Math.toIntExact(waiting.longValue());
        }
        java.util.Arrays.fill(columns.unit, -1);
        SortedDocValues units = DocValues.getSorted(reader, Seeker.EMPLOYMENT_UNIT);
        for (int doc = units.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = units.nextDoc()) {
            columns.unit[doc] = units.ordValue();
        }
        return columns;
    }

    private void loadLive(LeafReader reader) throws IOException {
        SortedDocValues status = DocValues.getSorted(reader, Seeker.STATUS);
        int active = status.lookupTerm(ACTIVE);
        NumericDocValues consent = DocValues.getNumeric(reader, Seeker.CONSENT);
        if (active < 0) {
            return;
        }
        for (int doc = status.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = status.nextDoc()) {
            if (status.ordValue() == active && consent.advanceExact(doc) && consent.longValue() == 1) {
                flags[doc] |= LIVE;
            }
        }
    }

    private static <E extends Enum<E>> void masks(SortedSetDocValues values, Class<E> type, byte[] into)
            throws IOException {
        int[] bits = EnumMasks.bitsByOrd(values, type);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            int mask = 0;
            for (int i = 0, n = values.docValueCount(); i < n; i++) {
                long ord = values.nextOrd();
                if (ord < bits.length) {
                    mask |= bits[(int) ord];
                }
            }
            into[doc] = (byte) mask;
        }
    }
}
