package fr.tremplin.api.error;

import fr.tremplin.data.common.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French wording for the errors Micronaut reports itself: library messages (which name Java classes, parsers and
 * positions) are never passed on; the field is read from them, the reason is ours.
 */
final class FrenchErrors {
    /** "Error decoding property [Boolean consentToShare] of type [...]" → consentToShare (nested ones joined). */
    private static final Pattern PROPERTY = Pattern.compile("property \\[(?:[^\\]\\s]+ )?([A-Za-z0-9_]+)\\]");
    private static final Pattern UNKNOWN = Pattern.compile("[Uu]nknown property \\[([A-Za-z0-9_]+)\\]");
    private static final Pattern OURS_NAMED = Pattern.compile("\\[champ ([A-Za-z0-9_]+)\\] ([^\\n\\[]+)");
    /** Our own strict readers' messages (fr.tremplin.api.common.json.StrictJson), passed on as they are. */
    private static final List<String> OURS = List.of("true ou false attendu", "date attendue au format AAAA-MM-JJ (chaîne)",
            "date inexistante (AAAA-MM-JJ)", "nombre entier attendu", "nombre entier hors limites", "nombre attendu",
            "nombre hors limites", "texte (chaîne entre guillemets) attendu", "caractère NUL interdit",
            "caractère Unicode invalide (demi-paire de substitution)");

    /** Micronaut's "Failed to convert argument [page] of type [int] from value [abc]". */
    private static final Pattern CONVERT = Pattern.compile("argument \\[([A-Za-z0-9_]+)\\] of type \\[([^\\]]+)\\]");
    /** Micronaut's "Failed to convert argument [size] for value [vingt] due to: ...": the type comes from the exception. */
    private static final Pattern CONVERT_VALUE = Pattern.compile("argument \\[([A-Za-z0-9_]+)\\] for value \\[");
    /** Jackson's parser messages on a malformed body. */
    private static final Pattern JSON_SYNTAX = Pattern.compile("end-of-input|Unexpected character|Unrecognized token"
            + "|Unexpected close marker|was expecting|JsonParseException|JsonEOFException");

    private FrenchErrors() {
    }

    /** Whether a message without a path is the JSON parser's (a body broken before any property). */
    static boolean isJsonSyntax(String message) {
        return message != null && JSON_SYNTAX.matcher(message).find();
    }

    static FieldError field(String path, String message) {
        return field(path, message, null);
    }

    /** {@code argumentType}: the Java type of the query or path value that did not convert, when known. */
    static FieldError field(String path, String message, @Nullable Class<?> argumentType) {
        String raw = message == null ? "" : message;
        path = path.startsWith("/") ? path.substring(1) : path;
        Matcher convert = CONVERT.matcher(raw);
        if (convert.find()) {
            return new FieldError(convert.group(1), expected(convert.group(2)));
        }
        if (JSON_SYNTAX.matcher(raw).find()) {
            return new FieldError("request".equals(path) || path.isEmpty() ? "corps" : path,
                    raw.contains("end-of-input") ? "JSON incomplet : le texte s'arrête avant la fin de l'objet"
                            : "JSON mal formé (caractère inattendu)");
        }
        Matcher ours = OURS_NAMED.matcher(raw);
        if (ours.find() && OURS.contains(ours.group(2).trim())) {
            return new FieldError(ours.group(1), ours.group(2).trim());
        }
        Matcher unknown = UNKNOWN.matcher(raw);
        if (unknown.find()) {
            return new FieldError(unknown.group(1), "propriété inconnue");
        }
        StringBuilder name = new StringBuilder();
        Matcher m = PROPERTY.matcher(raw);
        while (m.find()) {
            name.append(name.isEmpty() ? "" : ".").append(m.group(1));
        }
        Matcher convertValue = CONVERT_VALUE.matcher(raw);
        if (name.isEmpty() && isScalar(argumentType) && convertValue.find()) {
            return new FieldError(convertValue.group(1), expected(argumentType.getSimpleName()));
        }
        String field = name.isEmpty() ? path : name.toString();
        String reason = OURS.stream().filter(raw::contains).findFirst().orElse("valeur mal formée");
        return new FieldError(field, reason);
    }

    private static boolean isScalar(@Nullable Class<?> type) {
        return type != null && (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type.getName().startsWith("java.time."));
    }

    /** What a query value of this Java type must look like. */
    private static String expected(String type) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("int") || t.contains("long") || t.contains("short")) {
            return "nombre entier attendu";
        }
        if (t.contains("boolean")) {
            return "true ou false attendu";
        }
        if (t.contains("double") || t.contains("float") || t.contains("decimal")) {
            return "nombre attendu";
        }
        if (t.contains("localdate")) {
            return "date attendue au format AAAA-MM-JJ";
        }
        return "valeur mal formée";
    }

    static String detail(HttpStatus status, String raw, List<FieldError> fields) {
        return switch (status) {
            case NOT_FOUND -> "Aucune ressource à cette adresse.";
            case UNAUTHORIZED -> "Connectez-vous (POST /login) puis envoyez le jeton : Authorization: Bearer <jeton>.";
            case FORBIDDEN -> "Votre rôle ne permet pas d'accéder à cette ressource.";
            case METHOD_NOT_ALLOWED -> "Cette adresse n'accepte pas cette méthode HTTP.";
            case UNSUPPORTED_MEDIA_TYPE -> "Ce type de contenu n'est pas accepté ici (JSON attendu : application/json).";
            case NOT_ACCEPTABLE -> "Aucune représentation de cette ressource dans le format demandé (en-tête Accept).";
            case REQUEST_URI_TOO_LONG -> "L'adresse (URI) de la requête est trop longue.";
            case REQUEST_ENTITY_TOO_LARGE -> "Le corps de la requête dépasse la taille autorisée (1 Mo ; 50 Mo pour un"
                    + " import de fichier).";
            case BAD_REQUEST -> fields.size() == 1 && "corps".equals(fields.getFirst().field())
                    ? "Le corps de la requête n'est pas un JSON valide : " + fields.getFirst().message() + "."
                    : fields.isEmpty() ? "Le corps ou les paramètres de la requête sont mal formés."
                    : "Le corps ou les paramètres de la requête sont mal formés : "
                    + String.join(", ", fields.stream().map(f -> f.field() + " (" + f.message() + ")").toList()) + ".";
            default -> Problems.title(status) + ".";
        };
    }
}
