package fr.tremplin.api.referential;

import fr.tremplin.api.referential.ReferentialDtos.CommuneDto;
import fr.tremplin.api.referential.ReferentialDtos.JobTitleDto;
import fr.tremplin.api.referential.ReferentialDtos.MobilityDto;
import fr.tremplin.api.referential.ReferentialDtos.OccupationDetail;
import fr.tremplin.api.referential.ReferentialDtos.OccupationHit;
import fr.tremplin.api.referential.ReferentialDtos.SkillDto;
import fr.tremplin.api.referential.ReferentialDtos.UnitDto;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Référentiel")
public class ReferentialController {
    private final Referential referential;
    private final ReferentialSearch search;
    private final EmploymentUnitRepository units;

    public ReferentialController(Referential referential, ReferentialSearch search, EmploymentUnitRepository units) {
        this.referential = referential;
        this.search = search;
        this.units = units;
    }

    @Operation(summary = "Chercher un métier ROME par libellé ou appellation")
    @Get("/occupations")
    public List<OccupationHit> occupations(@QueryValue @NotBlank(message = "obligatoire") String q,
                                           @QueryValue(defaultValue = "10") @Min(value = 1, message = "entre 1 et 50")
                                           @Max(value = 50, message = "entre 1 et 50") int limit) {
        return search.occupations(q, limit);
    }

    @Operation(summary = "Fiche métier ROME : domaine, appellations, compétences, mobilités")
    @Get("/occupations/{code}")
    public OccupationDetail occupation(@PathVariable String code) {
        Occupation o = referential.occupation(code).orElseThrow(() -> new NotFoundException("Le métier", code));
        var domain = referential.domain(o.domainCode()).orElseThrow();
        var grand = referential.grandDomain(o.grandDomainCode()).orElseThrow();
        return new OccupationDetail(o.code(), o.label(), domain.code(), domain.label(), grand.code(), grand.label(),
                referential.jobTitlesOf(code).stream().map(t -> new JobTitleDto(t.code(), t.label())).toList(),
                referential.skillsOf(code).stream().map(s -> new SkillDto(s.code(), s.label(), s.kind().name())).toList(),
                referential.mobilitiesFrom(code).stream()
                        .map(m -> new MobilityDto(m.targetCode(),
                                referential.occupation(m.targetCode()).map(Occupation::label).orElse(m.targetCode()),
                                m.kind().name()))
                        .toList());
    }

    @Operation(summary = "Chercher une compétence ROME")
    @Get("/skills")
    public List<SkillDto> skills(@QueryValue @NotBlank(message = "obligatoire") String q,
                                 @QueryValue(defaultValue = "20") @Min(value = 1, message = "entre 1 et 50")
                                 @Max(value = 50, message = "entre 1 et 50") int limit) {
        return search.skills(q, limit);
    }

    @Operation(summary = "Chercher une commune de Loire-Atlantique (nom ou code postal)")
    @Get("/communes")
    public List<CommuneDto> communes(@QueryValue @NotBlank(message = "obligatoire") String q,
                                     @QueryValue(defaultValue = "10") @Min(value = 1, message = "entre 1 et 50")
                                     @Max(value = 50, message = "entre 1 et 50") int limit) {
        return search.communes(q, limit);
    }

    @Operation(summary = "Les unités emploi du département")
    @Get("/employment-units")
    public List<UnitDto> units() {
        return units.findAllOrderByCode().stream().map(u -> new UnitDto(u.code(), u.name(), u.communeInsee())).toList();
    }
}
