package fr.tremplin.api.report;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.training.TrainingDtos.MissingSkillsReport;
import fr.tremplin.api.training.TrainingLabels;
import fr.tremplin.api.training.TrainingService;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/**
 * The skills, certificates and licences most missing among a unit's people for the vacancies open now, to plan
 * training purchases: JSON, or {@code Accept: text/csv} (or {@code ?format=csv}) as the other report CSVs.
 */
@Controller("/api/v1/reports")
@Secured({Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
@Tag(name = "Tableaux de bord")
public class MissingSkillsController {
    private final TrainingService trainings;
    private final ReportScope scope;

    public MissingSkillsController(TrainingService trainings, ReportScope scope) {
        this.trainings = trainings;
        this.scope = scope;
    }

    @Operation(summary = "Compétences les plus manquantes dans une unité pour les offres ouvertes (achats de formation)",
            description = "Pour chaque compétence, certificat ou permis : le nombre de personnes actives de l'unité"
                    + " à qui il ouvrirait au moins une offre, et le nombre de couples personne-offre. Un responsable"
                    + " voit son unité ; un administrateur choisit l'unité (obligatoire)")
    @Get(value = "/missing-skills", produces = {MediaType.APPLICATION_JSON, FrenchCsv.MEDIA_TYPE})
    public HttpResponse<?> missingSkills(@QueryValue @Nullable String unit,
                                         @QueryValue @Nullable @Pattern(regexp = "json|csv", message = "json ou csv") String format,
                                         HttpRequest<?> request, Authentication authentication) {
        String scoped = scope.unit(CurrentUser.of(authentication), unit);
        if (scoped == null) {
            throw new InvalidDataException("unit", "obligatoire : choisissez une unité emploi");
        }
        MissingSkillsReport report = trainings.forUnit(scoped);
        if (!ReportController.wantsCsv(request, format)) {
            return HttpResponse.ok(report).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return ReportController.csv(csv(report), "competences-manquantes-" + scoped + ".csv");
    }

    /** French headers, ';', UTF-8 with a byte-order mark ({@link FrenchCsv}). */
    static byte[] csv(MissingSkillsReport report) {
        FrenchCsv csv = new FrenchCsv().row(List.of("Type", "Code", "Libellé", "Personnes", "Couples personne-offre"));
        report.lines().forEach(line -> csv.row(List.of(TrainingLabels.kind(line.kind()), line.code(), line.label(),
                line.people(), line.vacancyMatches())));
        return csv.bytes();
    }
}
