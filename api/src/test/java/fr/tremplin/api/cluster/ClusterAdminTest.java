package fr.tremplin.api.cluster;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.data.cluster.ClusterLeases;
import fr.tremplin.indexer.IndexService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/admin/nodes: this node, registered by its heartbeat with its index's position, and the job leases. */
@MicronautTest(transactional = false)
class ClusterAdminTest extends ApiTest {
    @Inject
    IndexService index;
    @Inject
    ClusterLeases leases;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorSeesTheNodesWithTheirOutboxPositionAndTheLeases() throws InterruptedException {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready").isTrue();
        assertThat(leases.runIfLeader("test-admin-nodes", () -> { })).isTrue();
        Map<String, Object> node = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) { // the heartbeat registers the node once its index is ready
            Map<String, Object> cluster = body(api.as("admin", HttpRequest.GET("/api/v1/admin/nodes")));
            node = ((List<Map<String, Object>>) cluster.get("nodes")).stream()
                    .filter(n -> n.get("nodeId").equals(cluster.get("thisNode")) && n.get("outboxPosition") != null)
                    .findFirst().orElse(null);
            if (node != null) {
                assertThat((List<Map<String, Object>>) cluster.get("leases"))
                        .anySatisfy(l -> assertThat(l).containsEntry("job", "test-admin-nodes")
                                .containsEntry("holder", cluster.get("thisNode")).containsEntry("active", true));
                break;
            }
            Thread.sleep(100);
        }
        assertThat(node).as("this node registered with a position").isNotNull();
        assertThat(node).containsEntry("live", true).containsEntry("indexState", "READY");

        HttpResponse<Map> adviser = api.as("conseiller", HttpRequest.GET("/api/v1/admin/nodes"));
        assertThat(adviser.code()).isEqualTo(403);
    }
}
