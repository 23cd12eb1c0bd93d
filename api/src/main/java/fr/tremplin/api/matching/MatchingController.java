package fr.tremplin.api.matching;

import fr.tremplin.api.common.QueryFlags;
import fr.tremplin.api.access.AccessPolicy;

import fr.tremplin.api.common.Paging;
import fr.tremplin.api.matching.MatchDtos.CandidateItem;
import fr.tremplin.api.matching.MatchDtos.MatchPage;
import fr.tremplin.api.matching.MatchDtos.VacancyItem;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
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
import fr.tremplin.core.ranking.FacetFilter;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import java.util.Set;

/**
 * Ranked candidates for a vacancy, ranked vacancies for a person, free search. Advisers, unit managers and
 * administrators only: employers receive shortlists, never the pool.
 */
@Controller("/api/v1")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Rapprochement")
public class MatchingController {
    /** {@code unit=mine}: the caller's own employment unit. */
    static final String OWN_UNIT = "mine";
    private static final String PUBLICS = "RSA|YOUTH_UNDER_26|RQTH|LONG_TERM_UNEMPLOYED|SENIOR_50_PLUS|QPV_RESIDENT";
    private static final String PROGRAMMES = "PEC|IAE|APPRENTICESHIP|GEIQ|INSERTION_CLAUSE";
    private static final String BANDS = "0-5|5-10|10-20|20-30|30-50|50\\+";

    private final MatchingService matching;

    private final AccessPolicy access;

    public MatchingController(MatchingService matching, AccessPolicy access) {
        this.access = access;
        this.matching = matching;
    }

    @Operation(summary = "Candidats classés pour une offre, avec l'explication de chaque score",
            description = "strict=true exige toutes les compétences indispensables ; unit=CODE ou unit=mine filtre sur"
                    + " une unité emploi ; publics, programmes et distanceKm filtrent sur une valeur des facettes du même"
                    + " nom (publics=RSA, programmes=PEC, distanceKm=0-5), les décomptes des facettes suivent le filtre")
    @Get("/vacancies/{id}/candidates")
    public HttpResponse<MatchPage<CandidateItem>> candidates(
            @PathVariable String id,
            @QueryValue @Nullable String strict,
            @QueryValue @Nullable String unit,
            @QueryValue @Nullable @Pattern(regexp = PUBLICS, message = "RSA, YOUTH_UNDER_26, RQTH, LONG_TERM_UNEMPLOYED,"
                    + " SENIOR_50_PLUS ou QPV_RESIDENT") String publics,
            @QueryValue @Nullable @Pattern(regexp = PROGRAMMES, message = "PEC, IAE, APPRENTICESHIP, GEIQ ou"
                    + " INSERTION_CLAUSE") String programmes,
            @QueryValue @Nullable @Pattern(regexp = BANDS, message = "tranche de distance : 0-5, 5-10, 10-20, 20-30,"
                    + " 30-50 ou 50+") String distanceKm,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        FacetFilter facets = new FacetFilter(publics == null ? Set.of() : Set.of(Public.valueOf(publics)),
                programmes == null ? Set.of() : Set.of(Programme.valueOf(programmes)), distanceKm);
        return withStaleness(matching.candidates(id, QueryFlags.of("strict", strict), unit(unit, authentication), facets, page, size));
    }

    @Operation(summary = "Offres classées pour une personne, avec l'explication de chaque score")
    @Get("/job-seekers/{id}/vacancies")
    public MatchPage<VacancyItem> vacancies(
            @PathVariable String id,
            @QueryValue @Nullable String strict,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        access.forRanking(CurrentUser.of(authentication), id);
        return matching.vacanciesFor(id, QueryFlags.of("strict", strict), page, size);
    }

    @Operation(summary = "Recherche libre de candidats : texte, métiers, compétences, lieu et rayon, filtres")
    @Post("/search/candidates")
    public HttpResponse<MatchPage<CandidateItem>> search(
            @Body @Valid FreeSearchRequest request,
            @QueryValue(defaultValue = "0") @Min(value = 0, message = Paging.PAGE_MESSAGE) int page,
            @QueryValue(defaultValue = "20") @Min(value = 1, message = Paging.SIZE_MESSAGE)
            @Max(value = Paging.MAX_SIZE, message = Paging.SIZE_MESSAGE) int size,
            Authentication authentication) {
        FreeSearchRequest scoped = new FreeSearchRequest(request.text(), request.occupations(), request.skills(),
                request.communeInsee(), request.radiusKm(), request.publics(), request.licences(),
                request.availableBefore(), unit(request.unit(), authentication));
        return withStaleness(matching.search(scoped, page, size));
    }

    /** A page answered from the index alone (database away) says so in a header too. */
    private static <T> HttpResponse<MatchPage<T>> withStaleness(MatchPage<T> page) {
        MutableHttpResponse<MatchPage<T>> response = HttpResponse.ok(page);
        return page.stale() ? response.header(MatchingService.STALE_HEADER, MatchingService.STALE_VALUE) : response;
    }

    private static String unit(@Nullable String unit, Authentication authentication) {
        if (OWN_UNIT.equals(unit)) {
            return CurrentUser.of(authentication).unit();
        }
        return unit == null || unit.isBlank() ? null : unit;
    }
}
