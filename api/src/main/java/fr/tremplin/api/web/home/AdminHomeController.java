package fr.tremplin.api.web.home;

import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.layout.WebUser;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** The administrator's home: accounts and employment units (read only for now), index status to come. */
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

    /** One account as the administration page lists it (no password hash). */
    public record AccountRow(String username, String displayName, String roleLabel, @Nullable String unit,
                             boolean employer, boolean demo) {
        static AccountRow of(AppUser u) {
            return new AccountRow(u.username(), u.displayName(), WebUser.label(u.role()), u.employmentUnit(),
                    u.employerId() != null, u.demo());
        }
    }

    @Get(WebPaths.ADMIN_HOME)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> home() {
        List<AccountRow> accounts = StreamSupport.stream(users.findAll().spliterator(), false)
                .sorted(Comparator.comparing(AppUser::username)).map(AccountRow::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", accounts);
        model.put("units", units.findAllOrderByCode());
        return new ModelAndView<>("home/admin", model);
    }
}
