package fr.tremplin.api.web.shortlist;

import fr.tremplin.api.common.Paging;
import fr.tremplin.api.shortlist.Actors;
import fr.tremplin.api.shortlist.ShortlistResponse;
import fr.tremplin.api.shortlist.ShortlistViews;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.Choices;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.ReasonCategory;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.shortlist.Actor;
import fr.tremplin.data.shortlist.Answer;
import fr.tremplin.data.shortlist.OutcomeService;
import fr.tremplin.data.shortlist.Shortlist;
import fr.tremplin.data.shortlist.ShortlistDetails;
import fr.tremplin.data.shortlist.ShortlistFilter;
import fr.tremplin.data.shortlist.ShortlistReader;
import fr.tremplin.data.shortlist.TransitionConflictException;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortlists an employer received (an employer group sees those of all its vacancies at once), with
 * pseudonymised profiles until it asks to meet someone, and its answer per person: meet (INTERVIEW: that person's
 * contact details are then shown), hire (HIRED, with the contract's terms) or decline (DECLINED, with a reason).
 * Another employer's shortlist is "not found", as in the API.
 */
@Controller(WebPaths.MY_SHORTLISTS)
@Secured(Role.EMPLOYER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class EmployerShortlistPagesController {
    static final int PAGE_SIZE = 20;
    static final Map<String, String> FIELD_LABELS = Map.of("reason", "Motif", "comment", "Précision",
            "contractType", "Type de contrat", "startDate", "Date de début", "endDate", "Date de fin",
            "hoursPerWeek", "Heures par semaine", "outcome", "Réponse");

    private final ShortlistReader reader;
    private final OutcomeService outcomes;
    private final ShortlistViews views;
    private final EmployerService employers;

    public EmployerShortlistPagesController(ShortlistReader reader, OutcomeService outcomes, ShortlistViews views,
                                            EmployerService employers) {
        this.reader = reader;
        this.outcomes = outcomes;
        this.views = views;
        this.employers = employers;
    }

    @Get
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> list(@QueryValue(defaultValue = "0") int page, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        Employer employer = employers.get(actor.employerId());
        Page<Shortlist> found = reader.list(new ShortlistFilter(null, null, null, null, null), actor,
                Paging.of(Math.max(page, 0), PAGE_SIZE));
        List<ShortlistRow> rows = reader.details(found.getContent()).stream()
                .map(d -> ShortlistRow.of(views.shortlist(d, actor), employer.name())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("employer", employer.name());
        model.put("group", "EMPLOYER_GROUP".equals(String.valueOf(employer.kind())));
        model.put("rows", rows);
        model.put("pager", Pager.of(found, WebPaths.MY_SHORTLISTS, Map.of()));
        return new ModelAndView<>("employer-shortlists/list", model);
    }

    @Get("/{id}")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id, @QueryValue @Nullable String reponse,
                                                  @QueryValue @Nullable String personne, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        reader.open(id, actor);
        Map<String, Object> model = page(id, actor);
        ShortlistResponse shortlist = (ShortlistResponse) model.get("shortlist");
        String name = shortlist.candidates().stream().filter(c -> c.jobSeekerId().equals(personne)).findFirst()
                .map(c -> c.contact() != null ? c.contact().firstName() + " " + c.contact().lastName() : c.displayName())
                .orElse("la personne");
        model.put("notice", reponse == null ? null : switch (reponse) {
            case "INTERVIEW" -> "Demande d’entretien enregistrée : les coordonnées de " + name
                    + " sont affichées ci-dessous.";
            case "HIRED" -> "Embauche de " + name + " enregistrée. Merci !";
            case "DECLINED" -> "Votre réponse pour " + name + " est enregistrée.";
            default -> null;
        });
        return new ModelAndView<>("employer-shortlists/show", model);
    }

    @Post(value = "/{id}/candidats/{jobSeekerId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> answer(@PathVariable String id, @PathVariable String jobSeekerId, @Body @Nullable String body,
                                  Authentication authentication) {
        Actor actor = Actors.of(authentication);
        FormData data = FormData.parse(body);
        String outcome = data.value("outcome");
        FieldErrors errors = FieldErrors.none();
        CandidateStatus status = switch (outcome) {
            case "INTERVIEW" -> CandidateStatus.INTERVIEW;
            case "HIRED" -> CandidateStatus.HIRED;
            case "DECLINED" -> CandidateStatus.DECLINED;
            default -> null;
        };
        if (status == null) {
            errors.add("outcome", "réponse inconnue : rencontrer, embaucher ou décliner");
        }
        ContractType contract = null;
        LocalDate start = null;
        LocalDate end = null;
        Integer hours = null;
        String comment = data.value("comment");
        String reason = data.value("reason");
        if (status == CandidateStatus.HIRED) {
            String type = data.value("contractType");
            if (!type.isEmpty()) {
                if (Choices.CONTRACT_TYPES.containsKey(type)) {
                    contract = ContractType.valueOf(type);
                } else {
                    errors.add("contractType", "type de contrat inconnu");
                }
            }
            start = date(data.value("startDate"), "startDate", errors);
            end = date(data.value("endDate"), "endDate", errors);
            String h = data.value("hoursPerWeek");
            if (!h.isEmpty()) {
                try {
                    hours = Integer.parseInt(h);
                    if (hours < 1 || hours > 48) {
                        errors.add("hoursPerWeek", "de 1 à 48 heures");
                    }
                } catch (NumberFormatException e) {
                    errors.add("hoursPerWeek", "un nombre entier d’heures, de 1 à 48");
                }
            }
            if (contract != null && contract != ContractType.CDI && end == null && !errors.has("endDate")) {
                errors.add("endDate", "obligatoire pour un contrat " + Choices.label(Choices.CONTRACT_TYPES, contract.name()));
            }
            if (start != null && end != null && end.isBefore(start)) {
                errors.add("endDate", "doit suivre la date de début");
            }
        }
        if (status == CandidateStatus.DECLINED && reason.isEmpty()) {
            errors.add("reason", "choisissez un motif");
        }
        if (comment.length() > 1000) {
            errors.add("comment", "1 000 caractères au plus");
        }
        HttpStatus code = HttpStatus.UNPROCESSABLE_ENTITY;
        if (errors.isEmpty()) {
            try {
                outcomes.answer(id, jobSeekerId, new Answer(status, status == CandidateStatus.DECLINED ? reason : null,
                        comment, contract, start, end, hours), actor);
                return HttpResponse.seeOther(URI.create(WebPaths.MY_SHORTLISTS + "/" + id + "?reponse=" + outcome
                        + "&personne=" + jobSeekerId + "#personne-" + jobSeekerId));
            } catch (TransitionConflictException e) {
                code = HttpStatus.CONFLICT;
                errors.add("outcome", ShortlistMessages.refusedForPerson(e));
            } catch (InvalidDataException e) {
                e.errors().forEach(f -> errors.add(FIELD_LABELS.containsKey(f.field()) ? f.field() : "outcome", f.message()));
            } catch (ConflictException e) {
                code = HttpStatus.CONFLICT;
                errors.add("outcome", e.getMessage());
            }
        }
        Map<String, Object> model = page(id, actor);
        model.put("errorRow", jobSeekerId);
        model.put("errorOutcome", outcome);
        model.put("rowErrors", errors);
        model.put("typed", data);
        return HttpResponse.status(code).body(new ModelAndView<>("employer-shortlists/show", model));
    }

    private static @Nullable LocalDate date(String text, String field, FieldErrors errors) {
        try {
            return Dates.parse(text).orElse(null);
        } catch (DateTimeException e) {
            errors.add(field, "date invalide : écrivez-la JJ/MM/AAAA");
            return null;
        }
    }

    private Map<String, Object> page(String id, Actor actor) {
        ShortlistDetails details = reader.details(reader.get(id, actor));
        ShortlistResponse shortlist = views.shortlist(details, actor);
        Vacancy vacancy = details.vacancy();
        Map<String, Object> model = new HashMap<>();
        model.put("shortlist", shortlist);
        model.put("vacancyContract", vacancy == null ? "" : vacancy.contractType().name());
        model.put("vacancyStart", vacancy == null ? "" : Dates.format(vacancy.startDate()));
        model.put("vacancyHours", vacancy == null ? "" : String.valueOf(vacancy.hoursPerWeek()));
        model.put("contractTypes", Choices.options(Choices.CONTRACT_TYPES));
        model.put("declineReasons", ShortlistMessages.reasons(ReasonCategory.DECLINE));
        model.put("workingTimes", Choices.WORKING_TIME);
        model.put("diplomas", Choices.DIPLOMA_LEVELS);
        model.put("fieldLabels", FIELD_LABELS);
        Map<String, String> programmes = new HashMap<>();
        for (fr.tremplin.core.seeker.Programme p : fr.tremplin.core.seeker.Programme.values()) {
            programmes.put(p.name(), Choices.programme(p));
        }
        model.put("programmes", programmes);
        model.put("noErrors", FieldErrors.none());
        model.put("errorRow", "");
        model.put("errorOutcome", "");
        model.put("rowErrors", FieldErrors.none());
        model.put("typed", FormData.parse(null));
        model.put("notice", null);
        return model;
    }
}
