package fr.tremplin.indexer.rebuild;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a whole table in keyset pages (id order) while the previous page is being indexed: the database
 * read and the document building overlap, on two threads.
 *
 * @param <T> the row type
 */
final class BulkLoad<T> {

    private final BiFunction<String, Integer, List<T>> page;
    private final Function<T, String> id;
    private final int pageSize;
    private final ExecutorService reader;

    /**
     * @param page     reads the page after an id ("" for the first one) of at most the given size
     * @param id       the row's id (the keyset)
     * @param pageSize rows per page
     * @param reader   the thread that reads ahead
     */
    BulkLoad(BiFunction<String, Integer, List<T>> page, Function<T, String> id, int pageSize, ExecutorService reader) {
        this.page = page;
        this.id = id;
        this.pageSize = pageSize;
        this.reader = reader;
    }

    /** Hands every page to {@code consumer}, in id order, on the calling thread. */
    void forEachPage(Consumer<List<T>> consumer) {
        CompletableFuture<List<T>> next = read("");
        while (true) {
            List<T> rows = await(next);
            if (rows.isEmpty()) {
                return;
            }
            boolean last = rows.size() < pageSize;
            next = last ? null : read(id.apply(rows.getLast()));
            consumer.accept(rows);
            if (last) {
                return;
            }
        }
    }

    private CompletableFuture<List<T>> read(String after) {
        return CompletableFuture.supplyAsync(() -> page.apply(after, pageSize), reader);
    }

    private static <T> List<T> await(CompletableFuture<List<T>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
