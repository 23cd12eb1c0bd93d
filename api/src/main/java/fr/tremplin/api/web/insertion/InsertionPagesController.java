package fr.tremplin.api.web.insertion;

import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.form.Option;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.insertion.PublicContractService;
import fr.tremplin.data.insertion.RecordedHours;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.List;
import java.util.Map;

/**
 * The manager's insertion-clause forms: register a public contract, record a person's hours for a month. Same
 * checks as {@code POST /api/v1/public-contracts} and {@code POST /api/v1/insertion-hours} ({@link InsertionForms});
 * errors in a summary at the top and beside each field.
 */
@Controller
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class InsertionPagesController {
    public static final String NEW_CONTRACT = WebPaths.CLAUSES + "/marches/nouveau";
    public static final String HOURS = WebPaths.CLAUSES + "/heures";
    private static final int CHOICES = 500;

    private final InsertionForms forms;
    private final EmployerService employers;
    private final PublicContractService contracts;

    public InsertionPagesController(InsertionForms forms, EmployerService employers, PublicContractService contracts) {
        this.forms = forms;
        this.employers = employers;
        this.contracts = contracts;
    }

    @Get(NEW_CONTRACT)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> contractForm() {
        return contractPage(FormData.parse(null), FieldErrors.none());
    }

    @Post(value = NEW_CONTRACT, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> registerContract(@Body @Nullable String body, Authentication authentication) {
        FormData form = FormData.parse(body);
        InsertionForms.Outcome<String> outcome = forms.registerContract(form, authentication.getName());
        if (outcome.result() != null) {
            return HttpResponse.seeOther(URI.create(WebPaths.CLAUSES + "?marche=enregistre"));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(contractPage(form, outcome.errors()));
    }

    @Get(HOURS)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> hoursForm(@QueryValue @Nullable String enregistre) {
        ModelAndView<Map<String, Object>> page = hoursPage(FormData.parse(null), FieldErrors.none());
        page.getModel().orElseThrow().put("recorded", enregistre == null ? "" : switch (enregistre) {
            case "cree" -> "Les heures sont enregistrées.";
            case "corrige" -> "Les heures du mois sont corrigées.";
            default -> "";
        });
        return page;
    }

    @Post(value = HOURS, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> recordHours(@Body @Nullable String body, Authentication authentication) {
        FormData form = FormData.parse(body);
        InsertionForms.Outcome<RecordedHours> outcome = forms.recordHours(form, authentication.getName());
        if (outcome.result() != null) {
            return HttpResponse.seeOther(URI.create(HOURS + "?enregistre="
                    + (outcome.result().created() ? "cree" : "corrige")));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(hoursPage(form, outcome.errors()));
    }

    private ModelAndView<Map<String, Object>> contractPage(FormData form, FieldErrors errors) {
        Map<String, Object> model = values(form, InsertionForms.CONTRACT_LABELS, errors);
        model.put("buyers", employers.list(null, "PUBLIC_BUYER", null, Pageable.from(0, CHOICES)).getContent().stream()
                .map(e -> new Option(e.id(), e.name())).toList());
        return new ModelAndView<>("insertion/contract", model);
    }

    private ModelAndView<Map<String, Object>> hoursPage(FormData form, FieldErrors errors) {
        Map<String, Object> model = values(form, InsertionForms.HOURS_LABELS, errors);
        model.put("contracts", contracts.list(null, null, Pageable.from(0, CHOICES)).getContent().stream()
                .map(c -> new Option(c.ref(), c.ref() + " — " + c.title())).toList());
        model.put("recorded", "");
        return new ModelAndView<>("insertion/hours", model);
    }

    private static Map<String, Object> values(FormData form, Map<String, String> labels, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        labels.keySet().forEach(field -> values.put(field, form.value(field)));
        model.put("form", values);
        model.put("errors", errors);
        model.put("fieldLabels", labels);
        return model;
    }
}
