package fr.tremplin.api.web.prospect;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.prospect.ContactChecks;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.form.FormValues;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.contact.EmployerContactService;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The contact form of « Entreprises à démarcher » on a person page: the same checks and rule as the API (the
 * person's unit records the contact; a second contact within 7 days is refused). Success returns to the person
 * page, where the company reads « Contactée par votre unité le … »; a refusal shows the reason above the form again
 * (409 or 422).
 */
@Controller(WebPaths.SEEKERS)
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProspectPagesController {
    static final String ANCHOR = "#entreprises-a-demarcher";

    private final AccessPolicy access;
    private final ContactChecks checks;
    private final EmployerContactService contacts;
    private final EmployerService employers;
    private final Clock clock;

    public ProspectPagesController(AccessPolicy access, ContactChecks checks, EmployerContactService contacts,
                                   EmployerService employers, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.checks = checks;
        this.contacts = contacts;
        this.employers = employers;
    }

    @Post(value = "/{id}/entreprises/{employerId}/contact", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> record(@PathVariable String id, @PathVariable String employerId, @Body @Nullable String body,
                                  Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        JobSeeker seeker = access.forProspects(user, id);
        Employer employer = employers.get(employerId);
        FormData data = FormData.parse(body);
        FieldErrors errors = FieldErrors.none();
        LocalDate date = FormValues.date("date", data.value("date"), true, errors);
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (errors.isEmpty()) {
            try {
                contacts.record(checks.check(employerId, date, null, data.value("resultat"), data.value("note"),
                        user.role() == Role.ADMIN ? seeker.employmentUnit() : null, user), AccessPolicy.auditor(user));
                return HttpResponse.seeOther(URI.create(WebPaths.SEEKERS + "/" + id + ANCHOR));
            } catch (InvalidDataException e) {
                e.errors().forEach(err -> errors.add(err.field().equals("outcome") ? "resultat" : err.field(),
                        err.message()));
            } catch (ConflictException e) {
                status = HttpStatus.CONFLICT;
                errors.add("date", e.getMessage());
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("seekerId", id);
        model.put("employer", employer);
        model.put("errors", errors);
        model.put("date", data.value("date").isBlank() ? Dates.format(LocalDate.now(clock)) : data.value("date"));
        model.put("resultat", data.value("resultat"));
        model.put("note", data.value("note"));
        model.put("outcomes", ProspectSections.OUTCOMES);
        return HttpResponse.status(status).body(new ModelAndView<>("seekers/prospect-contact", model));
    }
}
