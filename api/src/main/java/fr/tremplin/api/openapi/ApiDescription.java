package fr.tremplin.api.openapi;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finishes, at build time, the OpenAPI description micronaut-openapi writes from the controllers
 * ({@code target/classes/META-INF/swagger/tremplin-0.1.yml}, served as {@code /swagger/tremplin-0.1.yml}); run by the
 * build ({@code api/pom.xml}, phase {@code process-classes}), so the file in the jar is the one served and linted.
 * <ul>
 *   <li>keeps the HTTP API only ({@code /api/**}, {@code /login}, {@code /logout}, {@code /password-reset}): the web
 *       application's HTML pages are not part of the contract;</li>
 *   <li>merges {@code api/src/openapi/tremplin.yml}: {@code /login} and {@code /logout}, the {@code Problem} schema,
 *       the shared 4xx/503 responses, the security schemes (bearer JWT, the web session cookie), servers;</li>
 *   <li>gives each operation the problem responses it can answer (400 with parameters or a body, 401/403 when
 *       authenticated, 404 with an id in the path, 409 on writes, 413/415/422 with a body, 503 everywhere) and the
 *       true success status of the creates (201 + {@code Location}) and of the accepted requests (202);</li>
 *   <li>marks the read-only fields a request accepts and ignores (GET → PUT round trip);</li>
 *   <li>drops the schemas nothing refers to any more.</li>
 * </ul>
 */
public final class ApiDescription {
    /** Routes outside /api that belong to the HTTP API (not HTML pages). */
    private static final Set<String> API_OUTSIDE_PREFIX = Set.of("/login", "/logout", "/password-reset");
    /** Routes anyone may call (no token). */
    private static final Set<String> ANONYMOUS = Set.of("post /login", "post /password-reset");
    /** Creates that always answer 201 with the new resource's address in Location. */
    private static final Set<String> CREATED = Set.of("post /api/v1/job-seekers", "post /api/v1/vacancies",
            "post /api/v1/employers", "post /api/v1/accounts", "post /api/v1/public-contracts",
            "post /api/v1/employers/{id}/contacts");
    /** Creates that answer 201, or 200 when they add to or correct what exists (the 200 text says when). */
    private static final Map<String, String> CREATED_OR_OK = Map.of(
            "post /api/v1/shortlists", "ajout à la sélection en préparation du même conseiller pour cette offre"
                    + " (Location donne son adresse)",
            "post /api/v1/insertion-hours", "correction des heures déjà saisies pour ce mois");
    /** Requests accepted for later processing: 202. */
    private static final Set<String> ACCEPTED = Set.of("post /password-reset", "post /api/v1/admin/index/rebuild");
    /** Request schemas and the response schema whose extra fields they accept and ignore (read-only). */
    private static final Map<String, String> READ_ONLY_FROM = Map.of(
            "JobSeekerRequest", "JobSeekerResponse", "VacancyRequest", "VacancyResponse");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final Pattern REF = Pattern.compile("#/components/schemas/([^\"'\\s,}]+)");

    private ApiDescription() {
    }

    public static void main(String[] args) throws IOException {
        Path description = Path.of(args[0]);
        Path additions = Path.of(args[1]);
        Map<String, Object> finished = finish(read(description), read(additions));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setSplitLines(false);
        try (Writer out = Files.newBufferedWriter(description, StandardCharsets.UTF_8)) {
            new Yaml(options).dump(finished, out);
        }
    }

    private static Map<String, Object> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(20 * 1024 * 1024);
            return new Yaml(options).load(in);
        }
    }

    /** The finished description: {@code generated} is changed in place and returned. */
    public static Map<String, Object> finish(Map<String, Object> generated, Map<String, Object> additions) {
        Map<String, Object> paths = map(generated, "paths");
        paths.keySet().removeIf(path -> !path.startsWith("/api/") && !API_OUTSIDE_PREFIX.contains(path));
        for (Map.Entry<String, Object> e : map(additions, "paths").entrySet()) {
            paths.put(e.getKey(), e.getValue()); // /login, /logout: described by hand, whole
        }
        for (Map.Entry<String, Object> e : additions.entrySet()) {
            if (!e.getKey().equals("paths") && !e.getKey().equals("components")) {
                generated.put(e.getKey(), e.getValue());
            }
        }
        Map<String, Object> components = map(generated, "components");
        for (Map.Entry<String, Object> e : map(additions, "components").entrySet()) {
            map(components, e.getKey()).putAll(asMap(e.getValue()));
        }
        Map<String, Object> sorted = new TreeMap<>(paths);
        paths.clear();
        paths.putAll(sorted);
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (String method : METHODS) {
                Object operation = asMap(path.getValue()).get(method);
                if (operation != null) {
                    operation(method + " " + path.getKey(), asMap(operation));
                }
            }
        }
        readOnlyFields(map(components, "schemas"));
        tidy(generated);
        dropUnusedSchemas(generated);
        return generated;
    }

    private static void operation(String key, Map<String, Object> op) {
        Map<String, Object> responses = map(op, "responses");
        if ((CREATED.contains(key) || CREATED_OR_OK.containsKey(key)) && !responses.containsKey("201")) {
            Map<String, Object> ok = asMap(responses.remove("200"));
            Map<String, Object> created = new LinkedHashMap<>(ok);
            created.put("description", "Créé : l'en-tête Location donne l'adresse de la nouvelle ressource");
            created.put("headers", Map.of("Location", Map.of("$ref", "#/components/headers/Location")));
            responses.put("201", created);
            if (CREATED_OR_OK.containsKey(key)) {
                Map<String, Object> updated = new LinkedHashMap<>(ok);
                updated.put("description", "Rien de créé : " + CREATED_OR_OK.get(key));
                responses.put("200", updated);
            }
        }
        if (ACCEPTED.contains(key) && responses.containsKey("200")) {
            Map<String, Object> accepted = new LinkedHashMap<>(asMap(responses.remove("200")));
            accepted.put("description", "Demande acceptée, traitée ensuite");
            responses.put("202", accepted);
        }
        for (Object response : responses.values()) {
            Map<String, Object> r = asMap(response);
            if (String.valueOf(r.get("description")).matches("\\S+ \\d{3} response")) {
                r.put("description", "Réussite"); // micronaut-openapi's « create_3 200 response »
            }
        }
        if (ANONYMOUS.contains(key)) {
            op.put("security", List.of());
        }
        String method = key.substring(0, key.indexOf(' '));
        String path = key.substring(key.indexOf(' ') + 1);
        boolean body = op.containsKey("requestBody");
        boolean secured = !ANONYMOUS.contains(key);
        problem(responses, "400", "BadRequest", body || op.containsKey("parameters"));
        problem(responses, "401", "Unauthorized", secured);
        problem(responses, "403", "Forbidden", secured);
        problem(responses, "404", "NotFound", path.contains("{"));
        problem(responses, "409", "Conflict", secured && !method.equals("get"));
        problem(responses, "413", "PayloadTooLarge", body);
        problem(responses, "415", "UnsupportedMediaType", body);
        problem(responses, "422", "UnprocessableEntity", body);
        problem(responses, "503", "ServiceUnavailable", true);
        Map<String, Object> ordered = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(ordered);
    }

    private static void problem(Map<String, Object> responses, String status, String name, boolean applies) {
        if (applies && !responses.containsKey(status)) {
            responses.put(status, Map.of("$ref", "#/components/responses/" + name));
        }
    }

    /** The response's fields a request lacks: accepted and ignored on write, shown read-only. */
    private static void readOnlyFields(Map<String, Object> schemas) {
        for (Map.Entry<String, String> pair : READ_ONLY_FROM.entrySet()) {
            Map<String, Object> request = asMap(schemas.get(pair.getKey()));
            Map<String, Object> response = asMap(schemas.get(pair.getValue()));
            if (request.isEmpty() || response.isEmpty()) {
                continue;
            }
            Map<String, Object> properties = map(request, "properties");
            for (Map.Entry<String, Object> field : map(response, "properties").entrySet()) {
                if (!properties.containsKey(field.getKey())) {
                    Map<String, Object> readOnly = new LinkedHashMap<>(asMap(field.getValue()));
                    readOnly.put("readOnly", true);
                    readOnly.put("description", "Lecture seule : accepté et ignoré à l'écriture (un corps lu par GET"
                            + " peut être renvoyé tel quel par PUT)");
                    properties.put(field.getKey(), readOnly);
                }
            }
        }
    }

    /**
     * What micronaut-openapi writes that OpenAPI 3.0 does not allow or that says nothing: {@code nullable} beside a
     * reference needs a {@code type}; {@code example: null} on a file upload is no example.
     */
    @SuppressWarnings("unchecked")
    private static void tidy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (Boolean.TRUE.equals(m.get("nullable")) && !m.containsKey("type")
                    && (m.containsKey("allOf") || m.containsKey("$ref"))) {
                m.put("type", "object");
            }
            if (m.containsKey("example") && m.get("example") == null && m.containsKey("schema")) {
                m.remove("example");
            }
            m.values().forEach(ApiDescription::tidy);
        } else if (node instanceof List<?> list) {
            list.forEach(ApiDescription::tidy);
        }
    }

    /** Removes the schemas that no path, response or other kept schema refers to. */
    private static void dropUnusedSchemas(Map<String, Object> document) {
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        Set<String> used = new LinkedHashSet<>();
        Map<String, Object> outside = new LinkedHashMap<>(document);
        Map<String, Object> components = new LinkedHashMap<>(map(document, "components"));
        components.remove("schemas");
        outside.put("components", components);
        List<String> pending = new ArrayList<>(refs(outside));
        while (!pending.isEmpty()) {
            String name = pending.removeLast();
            if (used.add(name) && schemas.containsKey(name)) {
                pending.addAll(refs(schemas.get(name)));
            }
        }
        schemas.keySet().retainAll(used);
    }

    private static Set<String> refs(Object node) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = REF.matcher(String.valueOf(node));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map)) {
            value = new LinkedHashMap<String, Object>();
            parent.put(key, value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : new LinkedHashMap<>();
    }
}
