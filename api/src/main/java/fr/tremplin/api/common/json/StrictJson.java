package fr.tremplin.api.common.json;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The strict reading of JSON values behind the deserializers of this package: a boolean is {@code true} or
 * {@code false}, a date a {@code "YYYY-MM-DD"} string, an integer a JSON integer, a number a JSON number, a text a
 * JSON string without NUL character nor lone surrogate. Anything else fails with a French message (400 naming the
 * field) instead of being coerced ({@code "yes"} read as false, {@code 123} as 1970-05-04).
 */
final class StrictJson {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictJson() {
    }

    @Nullable
    static Boolean bool(Decoder decoder, String name) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw fail(decoder, name, "true ou false attendu");
        }
        return node.getBooleanValue();
    }

    @Nullable
    static LocalDate date(Decoder decoder, String name) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (node.isNull()) {
            return null;
        }
        if (!node.isString() || !DATE.matcher(node.getStringValue()).matches()) {
            throw fail(decoder, name, "date attendue au format AAAA-MM-JJ (chaîne)");
        }
        try {
            return LocalDate.parse(node.getStringValue());
        } catch (DateTimeParseException e) {
            throw fail(decoder, name, "date inexistante (AAAA-MM-JJ)");
        }
    }

    @Nullable
    static BigInteger integer(Decoder decoder, String name) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (node.isNull()) {
            return null;
        }
        Number n = node.isNumber() ? node.getNumberValue() : null;
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return BigInteger.valueOf(n.longValue());
        }
        if (n instanceof BigInteger b) {
            return b;
        }
        throw fail(decoder, name, "nombre entier attendu");
    }

    static int intValue(Decoder decoder, String name, BigInteger value, long min, long max) throws IOException {
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw fail(decoder, name, "nombre entier hors limites");
        }
        return value.intValue();
    }

    @Nullable
    static Double decimal(Decoder decoder, String name) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw fail(decoder, name, "nombre attendu");
        }
        Number n = node.getNumberValue();
        double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw fail(decoder, name, "nombre hors limites");
        }
        return d;
    }

    @Nullable
    static String text(Decoder decoder, String name) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw fail(decoder, name, "texte (chaîne entre guillemets) attendu");
        }
        String s = node.getStringValue();
        if (s.indexOf('\u0000') >= 0) {
            throw fail(decoder, name, "caractère NUL interdit");
        }
        if (hasLoneSurrogate(s)) {
            throw fail(decoder, name, "caractère Unicode invalide (demi-paire de substitution)");
        }
        return s;
    }

    /** The message names the property ({@code [champ name] reason}) for the problem's errors list. */
    static IOException fail(Decoder decoder, String name, String reason) {
        return decoder.createDeserializationException("[champ " + name + "] " + reason, null);
    }

    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
