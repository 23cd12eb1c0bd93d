package fr.tremplin.api.web.account;

import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.user.AccountService;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** « Mon compte » for employer users: their address and whether reminders of unanswered shortlists are mailed. */
@Controller(WebPaths.MY_ACCOUNT)
@Secured(Role.EMPLOYER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MyAccountPageController {
    private final AccountService accounts;
    private final AppUserRepository users;

    public MyAccountPageController(AccountService accounts, AppUserRepository users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Get
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> page(@QueryValue @Nullable String enregistre, Authentication authentication) {
        AppUser me = users.findByUsername(authentication.getName())
                .orElseThrow(() -> new NotFoundException("Le compte", authentication.getName()));
        Map<String, Object> model = new HashMap<>();
        model.put("me", me);
        model.put("saved", enregistre != null);
        return new ModelAndView<>("account/mine", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> save(@Body @Nullable String body, Authentication authentication) {
        accounts.setShortlistReminders(authentication.getName(), FormData.parse(body).has("relances"));
        return HttpResponse.seeOther(URI.create(WebPaths.MY_ACCOUNT + "?enregistre=1"));
    }
}
