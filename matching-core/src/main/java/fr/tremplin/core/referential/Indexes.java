package fr.tremplin.core.referential;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers to build the referential's read-only lookup maps. */
final class Indexes {

    private Indexes() {
    }

    /** Puts {@code value} under {@code key}, failing at {@code row} when the key is already there. */
    static <V> void putUnique(Map<String, V> map, String key, V value, CsvRow row) {
        if (map.putIfAbsent(key, value) != null) {
            throw row.error("duplicate code '" + key + "'");
        }
    }

    /** A read-only copy keeping the key order, with read-only lists. */
    static <V> Map<String, List<V>> frozenLists(Map<String, ? extends List<V>> map) {
        Map<String, List<V>> copy = new LinkedHashMap<>();
        map.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /** A read-only view of a map the caller no longer touches, keeping its order. */
    static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(map);
    }
}
