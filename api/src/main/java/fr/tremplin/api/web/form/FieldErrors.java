package fr.tremplin.api.web.form;

import fr.tremplin.data.common.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of a submitted form, by field, in French, to show beside each field and in a summary at the top.
 * Paths of the API ("licences[1]", "experiences[0].years") are grouped under their form field ("licences",
 * "experiences").
 */
public final class FieldErrors {
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public FieldErrors add(String path, String message) {
        byField.computeIfAbsent(root(path), k -> new ArrayList<>()).add(describe(path, message));
        return this;
    }

    public FieldErrors addAll(Collection<FieldError> errors) {
        errors.forEach(e -> add(e.field(), e.message()));
        return this;
    }

    /** Bean Validation failures, except on fields that already have an error (a value that could not be read). */
    public FieldErrors addViolations(Collection<? extends ConstraintViolation<?>> violations) {
        java.util.Set<String> alreadyWrong = java.util.Set.copyOf(byField.keySet());
        violations.stream().sorted(java.util.Comparator.comparing(FieldErrors::path))
                .filter(v -> !alreadyWrong.contains(root(path(v))))
                .forEach(v -> add(path(v), v.getMessage()));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages of one field, joined; "" when the field is fine. */
    public String of(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? "" : String.join(" ; ", messages);
    }

    public int count() {
        return byField.values().stream().mapToInt(List::size).sum();
    }

    /** Field → joined messages, in the order they were found (for the summary at the top of the form). */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        byField.forEach((field, messages) -> all.put(field, String.join(" ; ", messages)));
        return all;
    }

    static String root(String path) {
        int cut = path.length();
        int bracket = path.indexOf('[');
        int dot = path.indexOf('.');
        if (bracket >= 0) {
            cut = bracket;
        }
        if (dot >= 0 && dot < cut) {
            cut = dot;
        }
        return path.substring(0, cut);
    }

    /** "experiences[1].years" → "ligne 2 : message"; other paths keep the message as it is. */
    private static String describe(String path, String message) {
        int open = path.indexOf('[');
        int close = path.indexOf(']');
        if (open >= 0 && close > open && path.indexOf('.', close) > 0) {
            int line = Integer.parseInt(path.substring(open + 1, close)) + 1;
            return "ligne " + line + " : " + message;
        }
        return message;
    }

    /** The property path of a violation on a bean: "firstName", "licences[1]", "experiences[0].years". */
    static String path(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.toString();
    }
}
