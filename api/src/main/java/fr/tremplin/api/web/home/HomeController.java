package fr.tremplin.api.web.home;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.auth.Homes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** The root sends each visitor to their home page, or to the login page. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class HomeController {

    @Get(WebPaths.HOME)
    public HttpResponse<?> home(@Nullable Authentication authentication) {
        String target = authentication == null ? WebPaths.LOGIN : Homes.of(CurrentUser.of(authentication).role());
        return HttpResponse.seeOther(URI.create(target));
    }
}
