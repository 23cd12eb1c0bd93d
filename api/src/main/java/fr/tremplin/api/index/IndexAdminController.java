package fr.tremplin.api.index;

import fr.tremplin.api.error.Problems;
import fr.tremplin.data.user.Role;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.rebuild.RebuildAlreadyRunningException;
import fr.tremplin.indexer.verify.VerifyReport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Index status, rebuild and consistency check for administrators. */
@Controller("/api/v1/admin/index")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration")
public class IndexAdminController {
    private final IndexService index;

    public IndexAdminController(IndexService index) {
        this.index = index;
    }

    @Operation(summary = "État des index (documents, retard sur la base, reconstruction en cours et sa progression)")
    @Get
    public IndexStatusDto status() {
        return IndexStatusDto.of(index.status());
    }

    @Operation(summary = "Reconstruire les index depuis la base, en arrière-plan ; les recherches continuent sur l'ancien index")
    @Post("/rebuild")
    public HttpResponse<?> rebuild() {
        try {
            index.startRebuild(ProgressListener.NONE);
        } catch (RebuildAlreadyRunningException e) {
            return Problems.of(HttpStatus.CONFLICT, "Une reconstruction est déjà en cours.");
        }
        return HttpResponse.accepted().body(IndexStatusDto.of(index.status()));
    }

    @Operation(summary = "Comparer la base et les index (nombre, version et contenu de chaque document)")
    @Post("/verify")
    public VerifyDto verify() {
        return VerifyDto.of(index.verify());
    }

    @Serdeable
    public record VerifyDto(boolean consistent, String summary, long tookMillis) {
        static VerifyDto of(VerifyReport r) {
            return new VerifyDto(r.consistent(), r.frenchSummary(), r.took().toMillis());
        }
    }
}
