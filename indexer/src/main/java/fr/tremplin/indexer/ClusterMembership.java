package fr.tremplin.indexer;

import fr.tremplin.data.cluster.ClusterLeases;
import fr.tremplin.data.cluster.ClusterNodes;
import fr.tremplin.data.cluster.NodeIdentity;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node in {@code cluster_node}: once its index service runs, it registers and then heartbeats every
 * {@code tremplin.cluster.heartbeat-interval} with the outbox position of its index (what the outbox retention must
 * keep for it), and renews the leases it holds. A process whose index service does not run (the command-line commands)
 * does not register.
 */
@Singleton
public class ClusterMembership {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterMembership.class);

    private final IndexService index;
    private final ClusterNodes nodes;
    private final ClusterLeases leases;
    private final NodeIdentity node;
    private volatile boolean registered;
    private volatile boolean failing;

    public ClusterMembership(IndexService index, ClusterNodes nodes, ClusterLeases leases, NodeIdentity node) {
        this.index = index;
        this.nodes = nodes;
        this.leases = leases;
        this.node = node;
    }

    @Scheduled(fixedDelay = "${tremplin.cluster.heartbeat-interval:5s}", initialDelay = "1s")
    void heartbeat() {
        IndexStatus status = index.status();
        if (status.state() == IndexState.CLOSED) {
            return;
        }
        Long position = status.ready() ? status.watermark() : null;
        try {
            if (registered) {
                nodes.heartbeat(node.id(), position, status.state().name());
            } else {
                nodes.register(node.id(), position, status.state().name());
                registered = true;
                LOG.info("Cluster: node {} registered (outbox position {})", node.id(), position);
            }
            leases.renewHeld();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) { // once per outage: the health monitor reports the database
                LOG.warn("Cluster: heartbeat of node {} failed ({}); retrying", node.id(), e.getClass().getSimpleName());
            }
            failing = true;
        }
    }

    public String nodeId() {
        return node.id();
    }
}
