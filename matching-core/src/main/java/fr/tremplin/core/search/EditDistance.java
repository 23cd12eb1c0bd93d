package fr.tremplin.core.search;

/**
 * Optimal string alignment distance from one word to many candidates (insertions, deletions, substitutions
 * and swaps of two neighbours), bounded: anything beyond {@code max} is reported as {@code max + 1}.
 * Reuses its rows between candidates; one instance per thread.
 */
final class EditDistance {

    private final String word;
    private final int max;
    private int[] before;
    private int[] previous;
    private int[] current;

    EditDistance(String word, int max) {
        this.word = word;
        this.max = max;
        this.before = new int[word.length() + max + 1];
        this.previous = new int[before.length];
        this.current = new int[before.length];
    }

    /** The distance from the word to {@code other} if at most {@code max}, else {@code max + 1}. */
    int to(String other) {
        int n = other.length();
        int m = word.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char c = other.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int value = Math.min(Math.min(previous[j], current[j - 1]) + 1,
                        previous[j - 1] + (c == word.charAt(j - 1) ? 0 : 1));
                if (i > 1 && j > 1 && c == word.charAt(j - 2) && other.charAt(i - 2) == word.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], max + 1);
    }
}
