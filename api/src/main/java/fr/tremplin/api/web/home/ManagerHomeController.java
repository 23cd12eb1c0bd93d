package fr.tremplin.api.web.home;

import fr.tremplin.api.web.WebPaths;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.user.Role;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** The unit manager's home: the reports to come, said honestly, and the units. */
@Controller
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ManagerHomeController {
    private final EmploymentUnitRepository units;

    public ManagerHomeController(EmploymentUnitRepository units) {
        this.units = units;
    }

    @Get(WebPaths.MANAGER_HOME)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> home() {
        Map<String, Object> model = new HashMap<>();
        model.put("units", units.findAllOrderByCode());
        return new ModelAndView<>("home/manager", model);
    }
}
