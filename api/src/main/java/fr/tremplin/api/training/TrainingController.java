package fr.tremplin.api.training;

import fr.tremplin.api.access.AccessPolicy;
import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.api.training.TrainingDtos.TrainingItem;
import fr.tremplin.data.user.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** What a person lacks that would open the most open vacancies (docs/adviser-intelligence.md). */
@Controller("/api/v1")
@Secured({Role.ADVISER_NAME, Role.UNIT_MANAGER_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Rapprochement")
public class TrainingController {

    private final TrainingService trainings;
    private final AccessPolicy access;

    public TrainingController(TrainingService trainings, AccessPolicy access) {
        this.trainings = trainings;
        this.access = access;
    }

    @Operation(summary = "Ce qui ouvrirait le plus d'offres : compétences, certificats et permis manquants d'une personne",
            description = "Pour chaque élément qui est la seule exigence manquante d'offres ouvertes que la personne"
                    + " passerait alors (rayon, éligibilité, permis, compétences indispensables) : le nombre d'offres"
                    + " débloquées, les voies financées (GEIQ, apprentissage, PEC, formation) et des exemples ; le"
                    + " meilleur d'abord")
    @Get("/job-seekers/{id}/trainings")
    public List<TrainingItem> trainings(@PathVariable String id, Authentication authentication) {
        return trainings.forSeeker(access.forTrainings(CurrentUser.of(authentication), id));
    }
}
