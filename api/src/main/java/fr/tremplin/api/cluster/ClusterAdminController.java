package fr.tremplin.api.cluster;

import fr.tremplin.data.cluster.ClusterLease;
import fr.tremplin.data.cluster.ClusterLeases;
import fr.tremplin.data.cluster.ClusterNode;
import fr.tremplin.data.cluster.ClusterNodes;
import fr.tremplin.data.user.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The nodes sharing the database and the leases of the jobs run once across them, read-only, for administrators. */
@Controller("/api/v1/admin/nodes")
@Secured(Role.ADMIN_NAME)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration")
public class ClusterAdminController {
    private final ClusterNodes nodes;
    private final ClusterLeases leases;

    public ClusterAdminController(ClusterNodes nodes, ClusterLeases leases) {
        this.nodes = nodes;
        this.leases = leases;
    }

    @Operation(summary = "Nœuds enregistrés (dernier signe de vie, position dans l'outbox de leur index) et baux des"
            + " tâches exécutées par un seul nœud")
    @Get
    public ClusterDto list() {
        return new ClusterDto(leases.nodeId(), nodes.list(), leases.list());
    }

    /**
     * @param thisNode the node that answered
     * @param nodes    every registered node
     * @param leases   every job lease
     */
    @Serdeable
    public record ClusterDto(String thisNode, List<ClusterNode> nodes, List<ClusterLease> leases) {
    }
}
