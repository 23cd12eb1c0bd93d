package fr.tremplin.api.web.layout;

import io.micronaut.data.model.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Paging links of a result list (pages numbered from 1 for people, from 0 in the query). */
public record Pager(long total, int page, int pages, String previous, String next, String first, String last) {

    public static Pager of(Page<?> found, String path, Map<String, Object> filters) {
        return of(found.getTotalSize(), found.getPageNumber(), Math.max(1, found.getTotalPages()), path, filters, "");
    }

    /**
     * Links for {@code pages} pages of a list of {@code total} entries, keeping the {@code filters} (empty values
     * left out) and ending with {@code anchor} ("" or "#candidats").
     */
    public static Pager of(long total, int page, int pages, String path, Map<String, ?> filters, String anchor) {
        pages = Math.max(1, pages);
        String base = path + "?" + filters.entrySet().stream().filter(e -> !String.valueOf(e.getValue()).isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String sep = base.endsWith("?") ? "" : "&";
        return new Pager(total, page, pages,
                page > 0 ? base + sep + "page=" + (page - 1) + anchor : null,
                page + 1 < pages ? base + sep + "page=" + (page + 1) + anchor : null,
                base + sep + "page=0" + anchor, base + sep + "page=" + (pages - 1) + anchor);
    }

    public int humanPage() {
        return page + 1;
    }
}
