package fr.tremplin.api.security.session;

import com.nimbusds.jwt.JWTParser;
import fr.tremplin.api.fault.Faults;
import fr.tremplin.api.health.HealthMonitor;
import fr.tremplin.data.session.SessionRow;
import fr.tremplin.data.session.UserSessions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Looks up the server-side session of the request's token (bearer header or web cookie) on the blocking executor,
 * before the security filter, and leaves the verdict in a request attribute for {@link SessionClaimsValidator}
 * (which runs on the event loop and must not query the database). Records the session's use at most once per
 * {@link SessionSettings#touchInterval()}, after the request, when the token was accepted.
 * <p>While the database is known DOWN ({@link HealthMonitor}), the session's row as it was last read, less than the
 * idle timeout ago, stands in ({@link UserSessions#remembered}) so that what can be answered without the database
 * (rankings from the index) still is; without such a row, or before the outage is known, a failed lookup answers
 * 503 ({@code DatabaseFaultHandlers}).
 * A failed touch is skipped: the next one will do.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SessionFilter implements Ordered {
    static final String VERDICT = "tremplin.session.verdict";
    static final String JTI = "tremplin.session.jti";
    private static final Logger LOG = LoggerFactory.getLogger(SessionFilter.class);
    private static final String BEARER = "Bearer ";

    private final UserSessions sessions;
    private final SessionSettings settings;
    private final SessionTokenSource cookies;
    private final Clock clock;
    private final HealthMonitor health;

    public SessionFilter(UserSessions sessions, SessionSettings settings, SessionTokenSource cookies, Clock clock,
                         HealthMonitor health) {
        this.health = health;
        this.sessions = sessions;
        this.settings = settings;
        this.cookies = cookies;
        this.clock = clock;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> check(HttpRequest<?> request, FilterContinuation<HttpResponse<?>> chain) {
        String jti = token(request).flatMap(SessionFilter::jti).orElse(null);
        if (jti == null || request.getPath().startsWith("/static/")) {
            return chain.proceed();
        }
        // database known DOWN: the row as last read stands in (a failed lookup is not retried from memory: the
        // request would then wait a second time on the database, and a 503 answers it sooner)
        Optional<SessionRow> remembered = health.database().up() ? Optional.empty()
                : sessions.remembered(jti, settings.idleTimeout());
        boolean fromMemory = remembered.isPresent();
        Optional<SessionRow> row = fromMemory ? remembered : sessions.find(jti);
        Instant now = clock.instant();
        SessionVerdict verdict = row.map(r -> SessionVerdict.of(r, settings, now)).orElse(SessionVerdict.UNKNOWN);
        request.setAttribute(JTI, jti);
        request.setAttribute(VERDICT, verdict);
        if (verdict != SessionVerdict.VALID) {
            LOG.debug("session refused: {}", verdict);
        }
        HttpResponse<?> response = chain.proceed();
        if (verdict == SessionVerdict.VALID && row.isPresent() && !fromMemory
                && !now.isBefore(row.get().lastSeenAt().plus(settings.touchInterval()))) {
            try {
                sessions.touch(jti, now);
            } catch (RuntimeException e) {
                if (Faults.classify(e).isEmpty()) {
                    throw e;
                }
                LOG.debug("session use not recorded: database away ({})", e.getClass().getSimpleName());
            }
        }
        return response;
    }

    private Optional<String> token(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            return header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? Optional.of(header.substring(BEARER.length()).trim()) : Optional.empty();
        }
        return cookies.read(request);
    }

    /** The jti claim of a JWT, unverified (the security filter checks the signature afterwards). */
    private static Optional<String> jti(@Nullable String token) {
        try {
            return Optional.ofNullable(JWTParser.parse(token).getJWTClaimsSet().getJWTID());
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before() - 10;
    }
}
