package fr.tremplin.api.common;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** The list shape of the contract: items, total, page, size. */
@Serdeable
public record PageResponse<T>(List<T> items, long total, int page, int size) {
    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getTotalSize(),
                page.getPageNumber(), page.getSize());
    }
}
