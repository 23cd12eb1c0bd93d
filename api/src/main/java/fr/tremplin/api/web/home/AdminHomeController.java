package fr.tremplin.api.web.home;

import fr.tremplin.api.web.WebPaths;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** The administrator's home: links to accounts, mails and the search index; the employment units. */
@Controller
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminHomeController {
    private final AppUserRepository users;
    private final EmploymentUnitRepository units;

    public AdminHomeController(AppUserRepository users, EmploymentUnitRepository units) {
        this.users = users;
        this.units = units;
    }

    @Get(WebPaths.ADMIN_HOME)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> home() {
        Map<String, Object> model = new HashMap<>();
        model.put("accountCount", users.count());
        model.put("units", units.findAllOrderByCode());
        return new ModelAndView<>("home/admin", model);
    }
}
