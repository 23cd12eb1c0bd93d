package fr.tremplin.api.web.layout;

import fr.tremplin.api.alert.AlertBadge;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.csrf.CsrfTokens;
import fr.tremplin.data.user.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import fr.tremplin.api.web.form.FieldErrors;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Adds what the layout of every page needs to its model: {@code user} (null when anonymous), {@code menu}
 * (the role's sections), {@code csrf} (the token every form carries), {@code path}, {@code fmt} ({@link Formats})
 * {@code alertCount} (an adviser's unit's alerts, the badge of « Alertes »), and {@code formFailed}: true when the page answers a refused form (its errors are in the model), so that the
 * layout's title starts with « Erreur – » (RGAA 8.5/11.10: the failure is announced from the title on).
 */
@Singleton
public class LayoutModelProcessor implements ViewModelProcessor<Map<String, Object>> {
    private final CsrfTokens csrf;
    private final Formats formats;
    private final AlertBadge alerts;

    public LayoutModelProcessor(CsrfTokens csrf, Formats formats, AlertBadge alerts) {
        this.csrf = csrf;
        this.formats = formats;
        this.alerts = alerts;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        modelAndView.getModel().ifPresent(model -> {
            Authentication authentication = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                    .orElse(null);
            WebUser user = authentication == null ? null : WebUser.of(authentication);
            model.putIfAbsent("user", user);
            model.putIfAbsent("menu", user == null ? List.of() : Menus.of(user.role(), request.getPath()));
            model.putIfAbsent("csrf", csrf.tokenFor(request));
            model.putIfAbsent("path", request.getPath());
            model.putIfAbsent("fmt", formats);
            model.putIfAbsent("formFailed", formFailed(model));
            // the badge of the « Alertes » entry (advisers): the number of their unit's alerts, cached a minute
            model.putIfAbsent("alertCount", user != null && user.role() == Role.ADVISER ? alertCount(authentication) : null);
        });
    }

    private Integer alertCount(Authentication authentication) {
        String unit = CurrentUser.of(authentication).unit();
        return unit == null ? null : alerts.count(unit).stream().boxed().findFirst().orElse(null);
    }

    /** The keys under which the pages put a refused form's errors (field errors, row errors, a message). */
    static boolean formFailed(Map<String, Object> model) {
        for (String key : List.of("errors", "rowErrors", "personErrors", "actionError", "error")) {
            Object value = model.get(key);
            boolean failed = switch (value) {
                case null -> false;
                case FieldErrors e -> !e.isEmpty();
                case Collection<?> c -> !c.isEmpty();
                case Map<?, ?> m -> !m.isEmpty();
                case String text -> !text.isBlank();
                default -> false;
            };
            if (failed) {
                return true;
            }
        }
        return false;
    }
}
