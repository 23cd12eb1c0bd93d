package fr.tremplin.api.web.csrf;

import fr.tremplin.api.security.JwtSigningSettings;
import fr.tremplin.api.web.WebSettings;
import fr.tremplin.api.web.auth.SessionCookies;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF tokens of the web forms: a signed double submit. Every browser gets a random nonce in an HttpOnly
 * cookie; a form carries {@code HMAC(key, nonce | session cookie)} in its hidden field {@value #FIELD} (or the
 * {@value #HEADER} header for scripts). Another site can neither read the nonce nor compute the HMAC, and a
 * token minted for one session is worthless in another. The key is derived from the JWT signing secret.
 */
@Singleton
public class CsrfTokens {
    public static final String COOKIE = "tremplin_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** Request attribute holding a nonce minted for this request (the filter then sets the cookie). */
    static final String NEW_NONCE = "tremplin.csrf.new-nonce";
    private static final String HMAC = "HmacSHA256";
    private static final int NONCE_BYTES = 32;

    private final SecretKeySpec key;
    private final SessionCookies sessions;
    private final WebSettings settings;
    private final SecureRandom random = new SecureRandom();

    public CsrfTokens(JwtSigningSettings jwt, SessionCookies sessions, WebSettings settings) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(jwt.secret().getBytes(StandardCharsets.UTF_8), HMAC),
                "tremplin-web-csrf"), HMAC);
        this.sessions = sessions;
        this.settings = settings;
    }

    /** The token that the forms of a page rendered for this request must carry. */
    public String tokenFor(HttpRequest<?> request) {
        return token(nonce(request), session(request));
    }

    /** Whether {@code submitted} is the token of this browser and session. */
    public boolean isValid(HttpRequest<?> request, String submitted) {
        Optional<String> nonce = request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
        if (submitted == null || submitted.isBlank() || nonce.isEmpty() || nonce.get().isBlank()) {
            return false;
        }
        byte[] expected = token(nonce.get(), session(request)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, submitted.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** The nonce cookie of this browser, minting one (remembered on the request) when there is none yet. */
    String nonce(HttpRequest<?> request) {
        Optional<String> existing = request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .filter(v -> !v.isBlank());
        if (existing.isPresent()) {
            return existing.get();
        }
        return request.getAttribute(NEW_NONCE, String.class).orElseGet(() -> {
            byte[] bytes = new byte[NONCE_BYTES];
            random.nextBytes(bytes);
            String minted = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            request.setAttribute(NEW_NONCE, minted);
            return minted;
        });
    }

    Cookie nonceCookie(String nonce) {
        return Cookie.of(COOKIE, nonce).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(settings.secureCookies());
    }

    private String session(HttpRequest<?> request) {
        return sessions.read(request).orElse("");
    }

    private String token(String nonce, String session) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, nonce + "|" + session));
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 indisponible dans cette JVM", e);
        }
    }
}
