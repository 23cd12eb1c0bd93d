package fr.tremplin.core.ranking;

/**
 * Which page of a ranked list to return.
 *
 * @param page        0-based page number
 * @param size        hits per page, 1 to {@value #MAX_SIZE}
 * @param exactCounts true (the default) to count every eligible person for the total and the facets, in the same
 *                    pass; false to let Lucene skip the people who cannot reach the page (faster on very large
 *                    indexes), the total is then a lower bound and there are no facets
 */
public record PageRequest(int page, int size, boolean exactCounts) {

    /** Largest page size. */
    public static final int MAX_SIZE = 200;
    /** Deepest rank that can be paged to: (page + 1) × size may not exceed it. */
    public static final int MAX_DEPTH = 10_000;

    public PageRequest {
        if (page < 0) {
            throw new InvalidQueryException("page", "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size", "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (((long) page + 1) * size > MAX_DEPTH) {
            throw new InvalidQueryException("page", "results can be paged down to rank " + MAX_DEPTH
                    + " only; narrow the search instead");
        }
    }

    /** Page {@code page} of {@code size} hits, with exact counts and facets. */
    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, true);
    }

    /** The same page without exact counts or facets. */
    public PageRequest withoutCounts() {
        return new PageRequest(page, size, false);
    }

    /** How many best hits must be kept to serve this page. */
    int depth() {
        return (page + 1) * size;
    }
}
