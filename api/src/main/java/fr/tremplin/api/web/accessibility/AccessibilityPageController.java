package fr.tremplin.api.web.accessibility;

import fr.tremplin.api.web.WebPaths;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/**
 * The accessibility statement (« Déclaration d'accessibilité », RGAA 4.1), linked from every page's footer and open
 * to everyone, signed in or not: the conformity state (partially compliant, no audit yet), what is known to be
 * missing, how the service was checked and how to report a difficulty.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class AccessibilityPageController {

    @Get(WebPaths.ACCESSIBILITY)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> statement() {
        return new ModelAndView<>("accessibility/statement", new HashMap<>());
    }
}
