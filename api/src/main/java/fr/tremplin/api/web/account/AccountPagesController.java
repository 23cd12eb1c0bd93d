package fr.tremplin.api.web.account;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.form.Option;
import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.api.web.layout.WebUser;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerRepository;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import fr.tremplin.data.user.AccountCommand;
import fr.tremplin.data.user.AccountSearch;
import fr.tremplin.data.user.AccountService;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Accounts for administrators, through the same {@link AccountService} as {@code /api/v1/accounts}: the list with a
 * search and pages, creation (the invitation goes by mail), change and deactivation.
 */
@Controller(WebPaths.ACCOUNTS)
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AccountPagesController {
    private static final int PAGE_SIZE = 25;
    static final Map<String, String> FIELD_LABELS = Map.of("username", "Identifiant", "displayName", "Nom affiché",
            "email", "Adresse électronique", "role", "Rôle", "employmentUnit", "Unité emploi",
            "employerId", "Employeur", "active", "Compte actif", "version", "Version");

    private final AccountService accounts;
    private final EmploymentUnitRepository units;
    private final EmployerRepository employers;

    public AccountPagesController(AccountService accounts, EmploymentUnitRepository units, EmployerRepository employers) {
        this.accounts = accounts;
        this.units = units;
        this.employers = employers;
    }

    /** One line of the list. */
    public record AccountRow(String id, String username, String displayName, @Nullable String email, String roleLabel,
                             @Nullable String unit, boolean employer, boolean active, boolean demo) {
        static AccountRow of(AppUser u) {
            return new AccountRow(u.id(), u.username(), u.displayName(), u.email(), WebUser.label(u.role()),
                    u.employmentUnit(), u.employerId() != null, u.active(), u.demo());
        }
    }

    /** The form's values, as typed. */
    public record AccountForm(String username, String displayName, String email, String role, String employmentUnit,
                              String employerId, boolean active, String version) {
        static AccountForm empty() {
            return new AccountForm("", "", "", "ADVISER", "", "", true, "");
        }

        static AccountForm of(AppUser u) {
            return new AccountForm(u.username(), u.displayName(), u.email() == null ? "" : u.email(), u.role().name(),
                    u.employmentUnit() == null ? "" : u.employmentUnit(), u.employerId() == null ? "" : u.employerId(),
                    u.active(), String.valueOf(u.version()));
        }

        static AccountForm of(FormData form) {
            return new AccountForm(form.value("username"), form.value("displayName"), form.value("email"),
                    form.value("role"), form.value("employmentUnit"), form.value("employerId"),
                    form.has("active"), form.value("version"));
        }

        AccountCommand command(boolean withActive) {
            return new AccountCommand(username, displayName, email, role,
                    role.equals("ADVISER") || role.equals("UNIT_MANAGER") ? employmentUnit : null,
                    role.equals("EMPLOYER") ? employerId : null, withActive ? active : null);
        }
    }

    @Get
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> list(@QueryValue @Nullable String q, @QueryValue @Nullable String role,
                                                  @QueryValue(defaultValue = "0") int page,
                                                  @QueryValue @Nullable String cree) {
        Role wanted = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        Page<AppUser> found = accounts.search(new AccountSearch(q, wanted, null, "username", false),
                Pageable.from(Math.max(0, page), PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("accounts", found.getContent().stream().map(AccountRow::of).toList());
        model.put("created", cree != null);
        model.put("q", q == null ? "" : q);
        model.put("role", wanted == null ? "" : wanted.name());
        model.put("roles", roles());
        model.put("total", found.getTotalSize());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q == null ? "" : q);
        filters.put("role", wanted == null ? "" : wanted.name());
        model.put("pager", Pager.of(found, WebPaths.ACCOUNTS, filters));
        return new ModelAndView<>("admin/accounts", model);
    }

    @Get("/nouveau")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> createForm() {
        return form(null, AccountForm.empty(), FieldErrors.none());
    }

    @Post(value = "/nouveau", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> create(@Body @Nullable String body, Authentication authentication) {
        AccountForm form = AccountForm.of(FormData.parse(body));
        try {
            AppUser created = accounts.create(form.command(false), auditor(authentication));
            return HttpResponse.seeOther(URI.create(WebPaths.ACCOUNTS + "?cree=" + created.id() + "&q="
                    + java.net.URLEncoder.encode(created.username(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (InvalidDataException e) {
            return rejected(null, form, FieldErrors.none().addAll(e.errors()));
        } catch (ConflictException e) {
            return rejected(null, form, FieldErrors.none().add(e.field(), e.getMessage()));
        }
    }

    @Get("/{id}/modifier")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> editForm(@PathVariable String id, @QueryValue @Nullable String enregistre,
                                                      @QueryValue @Nullable String desactive) {
        AppUser account = accounts.get(id);
        ModelAndView<Map<String, Object>> page = form(account, AccountForm.of(account), FieldErrors.none());
        page.getModel().ifPresent(m -> {
            m.put("saved", enregistre != null);
            m.put("deactivated", desactive != null);
        });
        return page;
    }

    @Post(value = "/{id}/modifier", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> update(@PathVariable String id, @Body @Nullable String body, Authentication authentication) {
        AppUser account = accounts.get(id);
        AccountForm form = AccountForm.of(FormData.parse(body));
        try {
            Long version = form.version().isBlank() ? null : Long.valueOf(form.version());
            accounts.update(id, form.command(true), version, auditor(authentication));
            return HttpResponse.seeOther(URI.create(WebPaths.ACCOUNTS + "/" + id + "/modifier?enregistre=1"));
        } catch (NumberFormatException e) {
            return rejected(account, form, FieldErrors.none().add("version", "version illisible : rechargez la page"));
        } catch (InvalidDataException e) {
            return rejected(account, form, FieldErrors.none().addAll(e.errors()));
        } catch (ConflictException e) {
            return rejected(account, form, FieldErrors.none().add(e.field(), e.getMessage()));
        }
    }

    @Post(value = "/{id}/desactiver", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> deactivate(@PathVariable String id, @Body @Nullable String body, Authentication authentication) {
        AppUser account = accounts.get(id);
        try {
            accounts.deactivate(id, auditor(authentication));
        } catch (InvalidDataException e) {
            return rejected(account, AccountForm.of(account), FieldErrors.none().addAll(e.errors()));
        }
        return HttpResponse.seeOther(URI.create(WebPaths.ACCOUNTS + "/" + id + "/modifier?desactive=1"));
    }

    private HttpResponse<?> rejected(@Nullable AppUser account, AccountForm form, FieldErrors errors) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(account, form, errors));
    }

    private ModelAndView<Map<String, Object>> form(@Nullable AppUser account, AccountForm form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account == null ? null : AccountRow.of(account));
        model.put("saved", false);
        model.put("deactivated", false);
        model.put("form", form);
        model.put("errors", errors);
        model.put("fieldLabels", FIELD_LABELS);
        model.put("roles", roles());
        model.put("units", units.findAllOrderByCode().stream().map(u -> new Option(u.code(), u.name())).toList());
        model.put("employers", StreamSupport.stream(employers.findAll().spliterator(), false)
                .sorted(Comparator.comparing(Employer::name)).map(e -> new Option(e.id(), e.name() + " (SIRET "
                        + e.siret() + ")")).toList());
        return new ModelAndView<>("admin/account-form", model);
    }

    private static List<Option> roles() {
        return Arrays.stream(Role.values()).map(r -> new Option(r.name(), WebUser.label(r))).toList();
    }

    private static fr.tremplin.data.audit.Auditor auditor(Authentication authentication) {
        return AccessPolicy.auditor(CurrentUser.of(authentication));
    }
}
