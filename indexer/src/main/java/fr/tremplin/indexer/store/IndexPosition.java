package fr.tremplin.indexer.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an index stands in the outbox, as stored in the user data of each Lucene commit.
 *
 * @param watermark every outbox id up to this one is applied (or was given up as rolled back); a restart
 *                  re-applies everything after it, which is harmless because applying re-reads current state
 * @param lateGaps  ids below the watermark given up after the gap timeout but still looked for (a very long
 *                  transaction may commit them late); at most {@link #MAX_LATE_GAPS} are stored
 * @param format    {@link #FORMAT} of the indexer that wrote the commit
 */
public record IndexPosition(long watermark, List<Long> lateGaps, int format) {

    /**
     * Version of what the indexer writes into documents. Raise it when a document mapping changes in a
     * way that needs every document rewritten: an index of another format is rebuilt on start.
     */
    public static final int FORMAT = 6; // 2: eligibility rules, waiting date, vacancy distance limit; 3: waiting since the last proposal; 4: content hash; 5: stored display name; 6: job seekers sorted by home (SpaceOrder)
    public static final int MAX_LATE_GAPS = 1_000;

    static final String WATERMARK_KEY = "tremplin.outbox.watermark";
    static final String LATE_GAPS_KEY = "tremplin.outbox.late-gaps";
    static final String FORMAT_KEY = "tremplin.index.format";

    public IndexPosition {
        if (watermark < 0) {
            throw new IllegalArgumentException("Outbox watermark cannot be negative: " + watermark);
        }
        lateGaps = lateGaps.size() > MAX_LATE_GAPS
                ? List.copyOf(lateGaps.subList(lateGaps.size() - MAX_LATE_GAPS, lateGaps.size()))
                : List.copyOf(lateGaps);
    }

    /** A position of the current format. */
    public static IndexPosition at(long watermark, List<Long> lateGaps) {
        return new IndexPosition(watermark, lateGaps, FORMAT);
    }

    public Map<String, String> toUserData() {
        Map<String, String> data = new HashMap<>();
        data.put(WATERMARK_KEY, Long.toString(watermark));
        data.put(LATE_GAPS_KEY, String.join(",", lateGaps.stream().map(String::valueOf).toList()));
        data.put(FORMAT_KEY, Integer.toString(format));
        return data;
    }

    /**
     * Reads a commit's user data.
     *
     * @throws IllegalStateException when the commit carries no position (not written by the indexer)
     */
    public static IndexPosition fromUserData(Map<String, String> data, String where) {
        String watermark = data.get(WATERMARK_KEY);
        if (watermark == null) {
            throw new IllegalStateException("The last commit of " + where + " has no outbox position ("
                    + WATERMARK_KEY + "): it was not written by the Tremplin indexer");
        }
        String gaps = data.getOrDefault(LATE_GAPS_KEY, "");
        List<Long> lateGaps = gaps.isBlank() ? List.of() : Arrays.stream(gaps.split(",")).map(Long::valueOf).toList();
        int format = Integer.parseInt(data.getOrDefault(FORMAT_KEY, "0"));
        return new IndexPosition(Long.parseLong(watermark), lateGaps, format);
    }

    public boolean isCurrentFormat() {
        return format == FORMAT;
    }
}
