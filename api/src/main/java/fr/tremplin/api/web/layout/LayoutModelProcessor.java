package fr.tremplin.api.web.layout;

import fr.tremplin.api.web.csrf.CsrfTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * Adds what the layout of every page needs to its model: {@code user} (null when anonymous), {@code menu}
 * (the role's sections), {@code csrf} (the token every form carries), {@code path} and {@code fmt} ({@link Formats}).
 */
@Singleton
public class LayoutModelProcessor implements ViewModelProcessor<Map<String, Object>> {
    private final CsrfTokens csrf;
    private final Formats formats;

    public LayoutModelProcessor(CsrfTokens csrf, Formats formats) {
        this.csrf = csrf;
        this.formats = formats;
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
        });
    }
}
