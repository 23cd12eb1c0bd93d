package fr.tremplin.api.web.shortlist;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;

import fr.tremplin.api.common.Paging;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.shortlist.Actors;
import fr.tremplin.api.shortlist.CandidateResponse;
import fr.tremplin.api.shortlist.ShortlistResponse;
import fr.tremplin.api.shortlist.ShortlistViews;
import fr.tremplin.api.web.WebPaths;
import fr.tremplin.api.web.form.FieldErrors;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.layout.Pager;
import fr.tremplin.api.web.vacancy.VacancyPageModels;
import fr.tremplin.api.web.ranking.CandidateFilters;
import fr.tremplin.core.shortlist.ReasonCategory;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.shortlist.Actor;
import fr.tremplin.data.shortlist.Shortlist;
import fr.tremplin.data.shortlist.ShortlistCommands;
import fr.tremplin.data.shortlist.ShortlistDetails;
import fr.tremplin.data.shortlist.ShortlistFilter;
import fr.tremplin.data.shortlist.ShortlistReader;
import fr.tremplin.data.shortlist.RepeatProposalException;
import fr.tremplin.data.shortlist.TransitionConflictException;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The adviser's shortlists: built from the ranked candidates of a vacancy page, listed, sent to the employer,
 * one person withdrawn. Same services and checks as {@code /api/v1/shortlists}; their refusals (422 for a person
 * who cannot be proposed, 409 for a move that is no longer possible) are shown on the page, in French.
 */
@Controller
@Secured(Role.ADVISER_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdviserShortlistPagesController {
    static final int PAGE_SIZE = 20;
    private static final Pattern INDEXED = Pattern.compile("jobSeekerIds\\[(\\d+)]");
    private static final Map<String, String> STATUS_FILTER = Map.of(
            "DRAFT", "Brouillons", "SENT", "Envoyées", "CLOSED", "Clôturées", "WITHDRAWN", "Retirées");

    private final ShortlistCommands commands;
    private final ShortlistReader reader;
    private final ShortlistViews views;
    private final VacancyService vacancies;
    private final EmployerService employers;
    private final JobSeekerService seekers;
    private final VacancyPageModels vacancyPages;
    private final AccessPolicy access;

    public AdviserShortlistPagesController(ShortlistCommands commands, ShortlistReader reader, ShortlistViews views,
                                           VacancyService vacancies, EmployerService employers,
                                           JobSeekerService seekers, VacancyPageModels vacancyPages,
                                           AccessPolicy access) {
        this.access = access;
        this.commands = commands;
        this.reader = reader;
        this.views = views;
        this.vacancies = vacancies;
        this.employers = employers;
        this.seekers = seekers;
        this.vacancyPages = vacancyPages;
    }

    /** The form of the "Candidats classés" panel: a DRAFT shortlist of the ticked people. */
    @Post(value = WebPaths.VACANCIES + "/{id}/selection", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> create(@PathVariable String id, @Body @Nullable String body, Authentication authentication) {
        Vacancy vacancy = vacancies.get(id);
        FormData data = FormData.parse(body);
        List<String> ticked = data.values("candidats");
        String note = data.value("note");
        Map<String, String> errors = new LinkedHashMap<>();
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (ticked.isEmpty()) {
            errors.put("candidats", "Cochez au moins une personne à proposer.");
        }
        if (note.length() > 2000) {
            errors.put("note", "Le message compte " + note.length() + " caractères : 2 000 au plus.");
        }
        boolean repeat = false;
        if (errors.isEmpty()) {
            Actor actor = Actors.of(authentication);
            try {
                boolean existing = commands.openDraft(vacancy.id(), actor).isPresent();
                Shortlist created = commands.create(vacancy.id(), ticked, note, actor,
                        "oui".equals(data.value("confirmer")));
                return HttpResponse.seeOther(URI.create(WebPaths.SHORTLISTS + "/" + created.id()
                        + (existing ? "?ajoutees=" + ticked.size() : "?creee=1")));
            } catch (RepeatProposalException e) {
                status = HttpStatus.CONFLICT;
                repeat = true;
                e.errors().forEach(f -> person(f, ticked).ifPresent(
                        seekerId -> errors.merge(seekerId, named(seekerId, f.message()), (a, b) -> a + " ; " + b)));
            } catch (InvalidDataException e) {
                e.errors().forEach(f -> person(f, ticked).ifPresentOrElse(
                        seekerId -> errors.merge(seekerId, named(seekerId, f.message()), (a, b) -> a + " ; " + b),
                        () -> errors.put(f.field(), f.message())));
            } catch (ConflictException e) {
                status = HttpStatus.CONFLICT;
                errors.put(e.field(), e.getMessage());
            }
        }
        Map<String, Object> model = vacancyPages.of(vacancy, CurrentUser.of(authentication),
                CandidateFilters.parse(data.value("strict"), data.value("unite"), data.value("page"),
                        data.value("taille"), data.value("public"), data.value("dispositif"), data.value("distance")),
                ticked);
        model.put("note", note);
        model.put("personErrors", errors);
        model.put("confirmRepeat", repeat);
        return HttpResponse.status(status).body(new ModelAndView<>("vacancies/show", model));
    }

    @Get(WebPaths.SHORTLISTS)
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> list(@QueryValue @Nullable String statut,
                                                  @QueryValue(defaultValue = "0") int page,
                                                  Authentication authentication) {
        Actor actor = Actors.of(authentication);
        ShortlistStatus status = statut != null && STATUS_FILTER.containsKey(statut) ? ShortlistStatus.valueOf(statut) : null;
        Page<Shortlist> found = reader.list(new ShortlistFilter(null, null, status, actor.unit(), null), actor,
                Paging.of(Math.max(page, 0), PAGE_SIZE));
        Map<String, String> employerNames = new HashMap<>();
        List<ShortlistRow> rows = reader.details(found.getContent()).stream()
                .map(d -> ShortlistRow.of(views.shortlist(d, actor), employerNames.computeIfAbsent(
                        d.shortlist().employerId(), e -> employers.get(e).name())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("statut", status == null ? "" : status.name());
        model.put("statuses", List.of(
                new fr.tremplin.api.web.form.Option("DRAFT", "Brouillons"),
                new fr.tremplin.api.web.form.Option("SENT", "Envoyées"),
                new fr.tremplin.api.web.form.Option("CLOSED", "Clôturées"),
                new fr.tremplin.api.web.form.Option("WITHDRAWN", "Retirées")));
        model.put("unit", actor.unit());
        model.put("pager", Pager.of(found, WebPaths.SHORTLISTS, Map.of("statut", model.get("statut"))));
        return new ModelAndView<>("shortlists/list", model);
    }

    @Get(WebPaths.SHORTLISTS + "/{id}")
    @Produces(WebPaths.HTML)
    public ModelAndView<Map<String, Object>> show(@PathVariable String id, @QueryValue @Nullable String creee,
                                                  @QueryValue @Nullable String ajoutees,
                                                  @QueryValue @Nullable String envoyee,
                                                  @QueryValue @Nullable String retiree, Authentication authentication) {
        Map<String, Object> model = page(id, Actors.of(authentication));
        model.put("notice", creee != null ? "La sélection est créée (brouillon) : vérifiez-la, puis envoyez-la à l’employeur."
                : ajoutees != null ? "Les personnes cochées sont ajoutées à votre sélection en brouillon pour cette offre"
                + " (une seule sélection en cours par offre) : vérifiez-la, puis envoyez-la à l’employeur."
                : envoyee != null ? "La sélection est envoyée à l’employeur. Il voit des profils sans nom ni coordonnées"
                + " jusqu’à ce qu’il demande à rencontrer une personne."
                : retiree != null ? "La personne est retirée de la sélection." : null);
        return new ModelAndView<>("shortlists/show", model);
    }

    @Post(value = WebPaths.SHORTLISTS + "/{id}/envoyer", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> send(@PathVariable String id, @Body @Nullable String body, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        access.requireShortlistChange(CurrentUser.of(authentication), reader.get(id, actor));
        String error;
        HttpStatus status;
        try {
            commands.send(id, actor);
            return HttpResponse.seeOther(URI.create(WebPaths.SHORTLISTS + "/" + id + "?envoyee=1"));
        } catch (TransitionConflictException e) {
            status = HttpStatus.CONFLICT;
            error = ShortlistMessages.refusedForList(e);
        } catch (InvalidDataException e) {
            status = HttpStatus.UNPROCESSABLE_ENTITY;
            error = "La sélection n’a pas pu être envoyée : " + String.join(" ; ", e.errors().stream()
                    .map(f -> person(f, ids(id, actor)).map(s -> named(s, f.message())).orElse(f.message())).toList())
                    + ". Retirez les personnes concernées, puis envoyez à nouveau.";
        } catch (ConflictException e) {
            status = HttpStatus.CONFLICT;
            error = e.getMessage();
        }
        Map<String, Object> model = page(id, actor);
        model.put("actionError", error);
        return HttpResponse.status(status).body(new ModelAndView<>("shortlists/show", model));
    }

    @Post(value = WebPaths.SHORTLISTS + "/{id}/candidats/{jobSeekerId}/retirer",
            consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(WebPaths.HTML)
    public HttpResponse<?> withdraw(@PathVariable String id, @PathVariable String jobSeekerId, @Body @Nullable String body,
                                    Authentication authentication) {
        Actor actor = Actors.of(authentication);
        access.requireShortlistChange(CurrentUser.of(authentication), reader.get(id, actor));
        FormData data = FormData.parse(body);
        String reason = data.value("reason");
        String comment = data.value("comment");
        FieldErrors errors = FieldErrors.none();
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (reason.isEmpty()) {
            errors.add("reason", "choisissez le motif du retrait");
        } else if (comment.length() > 1000) {
            errors.add("comment", "1 000 caractères au plus");
        } else {
            try {
                commands.withdrawCandidate(id, jobSeekerId, reason, comment, actor);
                return HttpResponse.seeOther(URI.create(WebPaths.SHORTLISTS + "/" + id + "?retiree=1"));
            } catch (TransitionConflictException e) {
                status = HttpStatus.CONFLICT;
                errors.add("reason", ShortlistMessages.refusedForPerson(e));
            } catch (InvalidDataException e) {
                errors.addAll(e.errors().stream().map(f -> new FieldError(
                        f.field().equals("comment") || f.field().equals("reason") ? f.field() : "reason",
                        f.message())).toList());
            } catch (ConflictException e) {
                status = HttpStatus.CONFLICT;
                errors.add("reason", e.getMessage());
            }
        }
        Map<String, Object> model = page(id, actor);
        model.put("errorRow", jobSeekerId);
        model.put("rowErrors", errors);
        model.put("rowReason", reason);
        model.put("rowComment", comment);
        return HttpResponse.status(status).body(new ModelAndView<>("shortlists/show", model));
    }

    private Map<String, Object> page(String id, Actor actor) {
        ShortlistDetails details = reader.details(reader.get(id, actor));
        ShortlistResponse shortlist = views.shortlist(details, actor);
        Map<String, String> names = new HashMap<>();
        shortlist.candidates().forEach(c -> names.put(c.jobSeekerId(), c.displayName()));
        Map<String, Object> model = new HashMap<>();
        model.put("shortlist", shortlist);
        model.put("employer", employers.get(shortlist.employerId()).name());
        model.put("names", names);
        model.put("history", reader.history(id, actor).stream().map(views::transition).toList());
        model.put("candidateStates", ShortlistMessages.candidateStates());
        model.put("listStates", ShortlistMessages.listStates());
        model.put("withdrawalReasons", ShortlistMessages.reasons(ReasonCategory.WITHDRAWAL));
        model.put("canSend", ShortlistStatus.DRAFT.name().equals(shortlist.status()));
        model.put("errorRow", "");
        model.put("rowErrors", FieldErrors.none());
        model.put("rowReason", "");
        model.put("rowComment", "");
        model.put("notice", null);
        model.put("actionError", null);
        return model;
    }

    private List<String> ids(String id, Actor actor) {
        return views.shortlist(reader.details(reader.get(id, actor)), actor).candidates().stream()
                .map(CandidateResponse::jobSeekerId).toList();
    }

    /** The person a field error of the service is about ("jobSeekerIds[2]" → the third id sent). */
    private static Optional<String> person(FieldError error, List<String> ids) {
        Matcher m = INDEXED.matcher(error.field());
        if (!m.matches()) {
            return Optional.empty();
        }
        int i = Integer.parseInt(m.group(1));
        return i < ids.size() ? Optional.of(ids.get(i)) : Optional.empty();
    }

    /** The service names people by id: the page names them as the adviser knows them. */
    private String named(String seekerId, String message) {
        String name;
        try {
            JobSeeker seeker = seekers.get(seekerId);
            name = seeker.firstName() + " " + seeker.lastName();
        } catch (fr.tremplin.data.common.NotFoundException e) {
            name = "La personne";
        }
        String text = message.replace("la personne " + seekerId, name).replace(seekerId, name);
        return text.startsWith(name) ? text : name + " : " + text;
    }
}
