package fr.tremplin.api.web.referential;

import fr.tremplin.api.referential.ReferentialSearch;
import fr.tremplin.api.web.WebPaths;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HTML fragments for the autocomplete lists of the forms ({@code <option>} elements of a {@code <datalist>}),
 * backed by the same typo-tolerant search as the API's referential endpoints.
 */
@Controller(WebPaths.FRAGMENTS)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AutocompleteController {
    static final int LIMIT = 12;
    private static final int MIN_LENGTH = 2;

    private final ReferentialSearch search;

    public AutocompleteController(ReferentialSearch search) {
        this.search = search;
    }

    @Get("/metiers")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> occupations(@QueryValue @Nullable String q) {
        return options(tooShort(q) ? List.of() : search.occupations(q, LIMIT).stream()
                .map(h -> new Choice(h.code(), h.label() + (h.matchedTitle() == null || h.matchedTitle().equals(h.label())
                        ? "" : " (" + h.matchedTitle() + ")")))
                .toList());
    }

    @Get("/competences")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> skills(@QueryValue @Nullable String q) {
        return options(tooShort(q) ? List.of() : search.skills(q, LIMIT).stream()
                .map(s -> new Choice(s.code(), s.label())).toList());
    }

    @Get("/communes")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> communes(@QueryValue @Nullable String q) {
        return options(tooShort(q) ? List.of() : search.communes(q, LIMIT).stream()
                .map(c -> new Choice(c.insee(), c.name())).toList());
    }

    /** Occupations matching a vacancy's job title, as buttons that fill the occupation field. */
    @Get("/metiers-pour-intitule")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> occupationsForTitle(@QueryValue @Nullable String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("suggestions", tooShort(title) ? List.of() : search.occupations(title, 4).stream()
                .map(h -> new Choice(h.code(), h.label())).toList());
        return new ModelAndView<>("fragments/title-suggestions", model);
    }

    private static boolean tooShort(@Nullable String q) {
        return q == null || q.strip().length() < MIN_LENGTH;
    }

    private static ModelAndView<Map<String, Object>> options(List<Choice> choices) {
        Map<String, Object> model = new HashMap<>();
        model.put("options", choices);
        return new ModelAndView<>("fragments/options", model);
    }
}
