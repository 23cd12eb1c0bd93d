package fr.tremplin.api.security.headers;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CSP hashes ('sha256-…') of the inline scripts of the generated Swagger UI page, read once at start. */
@Singleton
public class SwaggerUiScripts {
    static final String PAGE = "META-INF/swagger/views/swagger-ui/index.html";
    private static final Pattern INLINE = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final String hashes;

    public SwaggerUiScripts() {
        this.hashes = String.join(" ", hashesOf(read()));
    }

    public String hashes() {
        return hashes;
    }

    static List<String> hashesOf(String html) {
        List<String> result = new ArrayList<>();
        Matcher m = INLINE.matcher(html);
        while (m.find()) {
            result.add("'sha256-" + sha256(m.group(1)) + "'");
        }
        return result;
    }

    private static String read() {
        try (InputStream in = SwaggerUiScripts.class.getClassLoader().getResourceAsStream(PAGE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
