package fr.tremplin.api.web.layout;

import fr.tremplin.api.web.WebPaths;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/** The web application's static assets (/static/**: DSFR, htmx, our CSS and JS) are public. */
@Singleton
public class StaticAssetsRule implements SecurityRule<HttpRequest<?>> {
    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        boolean asset = request.getPath().startsWith(WebPaths.STATIC + "/");
        return Publishers.just(asset ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    @Override
    public int getOrder() {
        return -100;
    }
}
