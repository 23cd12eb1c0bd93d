package fr.tremplin.indexer.mapping;

import fr.tremplin.core.index.IndexSchema;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a ranking shows of a person, read from the job-seeker index instead of the database: the stored display
 * name ({@link IndexSchema.Seeker#DISPLAY_NAME}, "Amina D.") and the employment unit (doc values). Used while the
 * database is away; as fresh as the index.
 */
public final class SeekerDisplays {

    /** One person as the index shows them. */
    public record SeekerDisplay(String displayName, String employmentUnit) {
    }

    private SeekerDisplays() {
    }

    /** The displays of {@code ids} found in the index (an id missing from the map is not in it, or has no name). */
    public static Map<String, SeekerDisplay> read(IndexSearcher searcher, Collection<String> ids) throws IOException {
        Map<String, SeekerDisplay> found = new HashMap<>();
        var stored = searcher.storedFields();
        for (String id : ids) {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                continue;
            }
            int doc = top.scoreDocs[0].doc;
            String name = stored.document(doc, Set.of(IndexSchema.Seeker.DISPLAY_NAME))
                    .get(IndexSchema.Seeker.DISPLAY_NAME);
            if (name == null) {
                continue;
            }
            found.put(id, new SeekerDisplay(name, unit(searcher, doc)));
        }
        return found;
    }

    private static String unit(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues units = leaf.reader().getSortedDocValues(IndexSchema.Seeker.EMPLOYMENT_UNIT);
        return units != null && units.advanceExact(doc - leaf.docBase) ? units.lookupOrd(units.ordValue())
                .utf8ToString() : "";
    }
}
