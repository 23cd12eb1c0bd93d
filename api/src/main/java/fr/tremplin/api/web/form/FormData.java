package fr.tremplin.api.web.form;

import io.micronaut.core.annotation.Nullable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;

/** A decoded {@code application/x-www-form-urlencoded} body (or query string): names to values, in order. */
public final class FormData {
    private final Map<String, List<String>> values;

    private FormData(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormData parse(@Nullable String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new FormData(values);
    }

    public static FormData of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new FormData(copy);
    }

    /** The first value of a field, stripped; "" when absent. */
    public String value(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? "" : list.get(0).strip();
    }

    /** Every non-blank value of a repeated field (checkboxes), stripped, without duplicates. */
    public List<String> values(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The names that start with {@code prefix} (e.g. the per-skill fields "competence.123"). */
    public Set<String> namesStartingWith(String prefix) {
        return values.keySet().stream().filter(n -> n.startsWith(prefix))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }
}
