package fr.tremplin.core.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * A detail of a hit (its id, its related occupation, its skill lists) read from the index the first time it is asked
 * for, then kept: most documents that enter the running top hits leave it again, and only the page's are explained.
 * Asked for by one thread at a time while the searcher is still held (random-access reads only: {@code lookupOrd},
 * never an iterator).
 */
final class Once<T> implements Supplier<T> {

    /** What reads the value. */
    @FunctionalInterface
    interface Source<T> {
        T read() throws IOException;
    }

    private Source<T> source;
    private T value;

    private Once(Source<T> source) {
        this.source = source;
    }

    static <T> Once<T> of(Source<T> source) {
        return new Once<>(source);
    }

    /** A value already known. */
    static <T> Once<T> done(T value) {
        Once<T> once = new Once<>(null);
        once.value = value;
        return once;
    }

    /** Whether the value was read (for tests). */
    boolean resolved() {
        return source == null;
    }

    @Override
    public T get() {
        if (source != null) {
            try {
                value = source.read();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the details of a hit from the index", e);
            }
            source = null;
        }
        return value;
    }
}
