package fr.tremplin.api.common;

import io.micronaut.data.model.Pageable;

/** Paging rules of the contract: page from 0, size 1..200 (validated on the controllers). */
public final class Paging {
    public static final int MAX_SIZE = 200;
    public static final String SIZE_MESSAGE = "doit être compris entre 1 et 200";
    public static final String PAGE_MESSAGE = "doit être positif ou nul";

    private Paging() {
    }

    public static Pageable of(int page, int size) {
        return Pageable.from(page, size);
    }
}
