package fr.tremplin.core.ranking;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One value per segment core, loaded at the segment's first use and shared by every later search of it, dropped when
 * the segment is closed (Lucene's core closed listener). Segments never change once written (the index uses no
 * doc-values updates); deletions do not change a core. A reader without a core cache helper gets a fresh value.
 */
final class PerSegmentCore<V> {

    @FunctionalInterface
    interface Loader<V> {
        V load(LeafReader reader) throws IOException;
    }

    private final Map<IndexReader.CacheKey, V> byCore = new ConcurrentHashMap<>();

    /** The segment's value, loaded now if this is its first use. */
    V get(LeafReader reader, Loader<V> loader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return loader.load(reader);
        }
        IndexReader.CacheKey key = helper.getKey();
        V cached = byCore.get(key);
        if (cached != null) {
            return cached;
        }
        V loaded = loader.load(reader);
        V first = byCore.putIfAbsent(key, loaded);
        if (first != null) {
            return first; // another search of the segment loaded it at the same time
        }
        helper.addClosedListener(byCore::remove);
        return loaded;
    }

    /** The segment's value if it was loaded, else null (for tests). */
    V peek(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        return helper == null ? null : byCore.get(helper.getKey());
    }
}
