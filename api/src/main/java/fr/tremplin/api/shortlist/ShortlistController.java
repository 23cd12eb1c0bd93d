package fr.tremplin.api.shortlist;

import fr.tremplin.api.common.QueryFlags;
import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.common.PageResponse;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.shortlist.ShortlistAccess;
import fr.tremplin.data.shortlist.ShortlistTransition;
import java.util.HashMap;
import java.util.Map;
import fr.tremplin.api.common.Paging;
import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.shortlist.ReasonCategory;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.shortlist.Actor;
import fr.tremplin.data.shortlist.Answer;
import fr.tremplin.data.shortlist.OutcomeResult;
import fr.tremplin.data.shortlist.OutcomeService;
import fr.tremplin.data.shortlist.Shortlist;
import fr.tremplin.data.shortlist.ShortlistCommands;
import fr.tremplin.data.shortlist.ShortlistDetails;
import fr.tremplin.data.shortlist.ShortlistFilter;
import fr.tremplin.data.shortlist.ShortlistReader;
import fr.tremplin.data.shortlist.VacancyOverview;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * Shortlists: advisers build and send them; employers see those sent to them (pseudonymised until they ask
 * to meet someone) and answer per person. An employer user reaching another employer's shortlist gets 404,
 * exactly as for an unknown id.
 */
@Controller("/api/v1/shortlists")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME, Role.EMPLOYER_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Listes de candidats")
public class ShortlistController {
    private final ShortlistCommands commands;
    private final OutcomeService outcomes;
    private final ShortlistReader reader;
    private final ShortlistViews views;

    private final AccessPolicy access;

    public ShortlistController(ShortlistCommands commands, OutcomeService outcomes, ShortlistReader reader,
                               ShortlistViews views, AccessPolicy access) {
        this.access = access;
        this.commands = commands;
        this.outcomes = outcomes;
        this.reader = reader;
        this.views = views;
    }

    @Operation(summary = "Constituer une liste (brouillon) : seules les personnes ACTIVE ayant consenti au partage",
            description = "Un conseiller a au plus un brouillon par offre : s'il en a déjà un, les personnes y sont"
                    + " ajoutées (réponse 200 avec ce brouillon) ; sinon la liste est créée (201). Une personne déjà"
                    + " proposée pour cette offre, ou refusée par cet employeur dans les derniers mois"
                    + " (tremplin.shortlists.repeat-warning-months), donne une réponse 409 qui la nomme, sauf avec"
                    + " confirm=true.")
    @Post
    @Secured(Role.ADVISER_NAME)
    public HttpResponse<ShortlistResponse> create(@Body @Valid ShortlistRequest request,
                                                  @QueryValue @Nullable String confirm,
                                                  Authentication authentication) {
        Actor actor = Actors.of(authentication);
        boolean existing = commands.openDraft(request.vacancyId(), actor).isPresent();
        Shortlist created = commands.create(request.vacancyId(), request.jobSeekerIds(), request.note(), actor, QueryFlags.of("confirm", confirm));
        URI location = URI.create("/api/v1/shortlists/" + created.id());
        return existing ? HttpResponse.ok(view(created, actor)).headers(h -> h.location(location))
                : HttpResponse.created(view(created, actor), location);
    }

    @Operation(summary = "Lister les listes (filtres : offre, employeur, statut, unité, personne ; un employeur ne voit que celles qui lui ont été envoyées)")
    @Get
    public PageResponse<ShortlistResponse> list(
            @QueryValue @Nullable String vacancy,
            @QueryValue @Nullable String employer,
            @QueryValue @Nullable @Pattern(regexp = "DRAFT|SENT|CLOSED|WITHDRAWN",
                    message = "DRAFT, SENT, CLOSED ou WITHDRAWN") String status,
            @QueryValue @Nullable String unit,
            @QueryValue @Nullable String jobSeeker,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        Actor actor = Actors.of(authentication);
        ShortlistFilter filter = new ShortlistFilter(vacancy, employer,
                status == null ? null : ShortlistStatus.valueOf(status), unit, actor.isEmployer() ? null : jobSeeker);
        Page<Shortlist> found = reader.list(filter, actor, Paging.of(page, size));
        List<ShortlistResponse> items = reader.details(found.getContent()).stream()
                .map(d -> views.shortlist(d, actor)).toList();
        return new PageResponse<>(items, found.getTotalSize(), found.getPageNumber(), found.getSize());
    }

    @Operation(summary = "Les offres d'un employeur et l'état de leurs listes (un groupement voit toutes ses offres d'un coup)")
    @Get("/overview")
    public List<VacancyOverview> overview(@QueryValue @Nullable String employer,
                                                                    Authentication authentication) {
        Actor actor = Actors.of(authentication);
        String employerId = actor.isEmployer() ? actor.employerId() : employer;
        if (employerId == null) {
            throw new InvalidDataException("employer", "obligatoire : l'employeur");
        }
        if (actor.isEmployer() && employer != null && !employer.equals(actor.employerId())) {
            return List.of();
        }
        return reader.overview(employerId);
    }

    @Operation(summary = "Les motifs possibles (refus, retrait, clôture automatique)")
    @Get("/reasons")
    public List<ReasonResponse> reasons() {
        return Arrays.stream(Reason.values()).map(r -> new ReasonResponse(r.name(), r.label(),
                Arrays.stream(ReasonCategory.values()).filter(r::belongsTo)
                        .map(Enum::name).toList())).toList();
    }

    @Operation(summary = "Lire une liste ; l'ouvrir en tant qu'employeur marque ses propositions « vues » (VIEWED)")
    @Get("/{id}")
    public ShortlistResponse get(@PathVariable String id, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return view(reader.open(id, actor), actor);
    }

    @Operation(summary = "Historique des transitions (qui, quand, de, vers, motif)")
    @Get("/{id}/history")
    public List<TransitionResponse> history(@PathVariable String id, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        List<ShortlistTransition> transitions = reader.history(id, actor);
        if (!actor.isEmployer()) {
            return transitions.stream().map(views::transition).toList();
        }
        Map<String, String> aliases = new HashMap<>();
        reader.details(reader.get(id, actor)).candidates().forEach(c -> aliases.put(c.jobSeekerId(), c.id()));
        return transitions.stream().map(views::transition).map(t -> t.withJobSeekerId(
                t.jobSeekerId() == null ? null : aliases.get(t.jobSeekerId()))).toList();
    }

    @Operation(summary = "Ajouter des personnes à une liste en brouillon",
            description = "409 nommant les personnes déjà proposées pour cette offre ou refusées récemment par cet"
                    + " employeur, sauf confirm=true")
    @Post("/{id}/candidates")
    @Secured(Role.ADVISER_NAME)
    public ShortlistResponse addCandidates(@PathVariable String id, @Body @Valid CandidatesRequest request,
                                           @QueryValue @Nullable String confirm,
                                           Authentication authentication) {
        Actor actor = changer(id, authentication);
        return view(commands.addCandidates(id, request.jobSeekerIds(), actor, QueryFlags.of("confirm", confirm)), actor);
    }

    @Operation(summary = "Lire une personne de la liste (profil pseudonymisé pour un employeur)")
    @Get("/{id}/candidates/{jobSeekerId}")
    public CandidateResponse candidate(@PathVariable String id, @PathVariable String jobSeekerId,
                                       Authentication authentication) {
        Actor actor = Actors.of(authentication);
        ShortlistDetails details = reader.details(reader.get(id, actor));
        return details.candidates().stream().filter(c -> ShortlistAccess.seenId(c, actor).equals(jobSeekerId)).findFirst()
                .map(c -> views.candidate(c, details.seekers().get(c.jobSeekerId()), details.vacancy(), actor))
                .orElseThrow(() -> new NotFoundException("La personne",
                        jobSeekerId + " sur la liste " + id));
    }

    @Operation(summary = "Envoyer la liste à l'employeur (DRAFT → SENT ; chaque personne PROPOSED ; partage enregistré)")
    @Post("/{id}/send")
    @Secured(Role.ADVISER_NAME)
    public ShortlistResponse send(@PathVariable String id, Authentication authentication) {
        Actor actor = changer(id, authentication);
        return view(commands.send(id, actor), actor);
    }

    @Operation(summary = "Retirer toute la liste (motif de retrait obligatoire)")
    @Post("/{id}/withdraw")
    @Secured(Role.ADVISER_NAME)
    public ShortlistResponse withdraw(@PathVariable String id, @Body @Valid WithdrawRequest request,
                                      Authentication authentication) {
        Actor actor = changer(id, authentication);
        return view(commands.withdraw(id, request.reason(), request.comment(), actor), actor);
    }

    @Operation(summary = "Retirer une personne de la liste (motif de retrait obligatoire)")
    @Post("/{id}/candidates/{jobSeekerId}/withdraw")
    @Secured(Role.ADVISER_NAME)
    public ShortlistResponse withdrawCandidate(@PathVariable String id, @PathVariable String jobSeekerId,
                                               @Body @Valid WithdrawRequest request, Authentication authentication) {
        Actor actor = changer(id, authentication);
        commands.withdrawCandidate(id, jobSeekerId, request.reason(), request.comment(), actor);
        return view(reader.get(id, actor), actor);
    }

    @Operation(summary = "Réponse de l'employeur pour une personne (pour un employeur, {jobSeekerId} est l'alias de la personne sur cette liste) : INTERVIEW (coordonnées transmises), HIRED (recrutement), DECLINED (motif)")
    @Post("/{id}/candidates/{jobSeekerId}/outcome")
    @Secured({Role.EMPLOYER_NAME, Role.ADVISER_NAME})
    public OutcomeResponse outcome(@PathVariable String id, @PathVariable String jobSeekerId,
                                   @Body @Valid OutcomeRequest request, Authentication authentication) {
        Actor actor = actor(authentication).isEmployer() ? Actors.of(authentication) : changer(id, authentication);
        Answer answer = new Answer(CandidateStatus.valueOf(request.outcome()), request.reason(), request.comment(),
                request.contractType() == null ? null : ContractType.valueOf(request.contractType()),
                request.startDate(), request.endDate(), request.hoursPerWeek());
        OutcomeResult result = outcomes.answer(id, jobSeekerId, answer, actor);
        return new OutcomeResponse(candidate(id, jobSeekerId, authentication),
                result.placement() == null ? null : PlacementResponse.of(result.placement(), actor.isEmployer()));
    }

    /** An adviser about to change a shortlist: advisers of the shortlist's unit only (403 otherwise). */
    private Actor changer(String id, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        access.requireShortlistChange(CurrentUser.of(authentication), reader.get(id, actor));
        return actor;
    }

    private static Actor actor(Authentication authentication) {
        return Actors.of(authentication);
    }

    private ShortlistResponse view(Shortlist shortlist, Actor actor) {
        return views.shortlist(reader.details(reader.get(shortlist.id(), actor)), actor);
    }
}
