package fr.tremplin.bench;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Writes the bench report as JSON: maps, collections, strings, numbers, booleans and records (by component). */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        write(json, value, "");
        return json.append('\n').toString();
    }

    private static void write(StringBuilder json, Object value, String indent) {
        switch (value) {
            case null -> json.append("null");
            case CharSequence s -> string(json, s.toString());
            case Double d -> json.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : "null");
            case Float f -> write(json, f.doubleValue(), indent);
            case Number n -> json.append(n);
            case Boolean b -> json.append(b);
            case Enum<?> e -> string(json, e.name());
            case Map<?, ?> map -> object(json, map, indent);
            case Collection<?> items -> array(json, items, indent);
            case Record r -> object(json, components(r), indent);
            default -> string(json, value.toString());
        }
    }

    private static Map<String, Object> components(Record r) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true);
                map.put(c.getName(), c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
            }
        }
        return map;
    }

    private static void object(StringBuilder json, Map<?, ?> map, String indent) {
        String inner = indent + "  ";
        json.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            json.append(first ? "\n" : ",\n").append(inner);
            string(json, String.valueOf(e.getKey()));
            json.append(": ");
            write(json, e.getValue(), inner);
            first = false;
        }
        json.append(first ? "}" : "\n" + indent + "}");
    }

    private static void array(StringBuilder json, Collection<?> items, String indent) {
        String inner = indent + "  ";
        json.append('[');
        boolean first = true;
        for (Object item : items) {
            json.append(first ? "\n" : ",\n").append(inner);
            write(json, item, inner);
            first = false;
        }
        json.append(first ? "]" : "\n" + indent + "]");
    }

    private static void string(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
