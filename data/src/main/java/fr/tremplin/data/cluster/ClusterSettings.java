package fr.tremplin.data.cluster;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code tremplin.cluster.*}: how this node identifies itself among several nodes on one database.
 *
 * @param nodeId            {@code tremplin.cluster.node-id} (text up to 100 characters, env {@code TREMPLIN_NODE_ID},
 *                          default empty: the host name and the HTTP port, {@code host:8080}): must be unique per
 *                          node and stay the same across its restarts (its row holds its outbox position)
 * @param heartbeatInterval {@code tremplin.cluster.heartbeat-interval} (duration &gt; 0, default 5s): how often the
 *                          node writes its heartbeat and outbox position, and renews the leases it holds
 * @param leaseDuration     {@code tremplin.cluster.lease-duration} (duration &gt; heartbeat-interval, default 30s): a
 *                          lease not renewed for this long (its node stopped or hangs) is taken by another node
 */
@ConfigurationProperties("tremplin.cluster")
public record ClusterSettings(
        @Bindable(defaultValue = "") String nodeId,
        @Bindable(defaultValue = "5s") Duration heartbeatInterval,
        @Bindable(defaultValue = "30s") Duration leaseDuration) {

    public ClusterSettings {
        if (nodeId != null && nodeId.strip().length() > 100) {
            throw new IllegalArgumentException("tremplin.cluster.node-id must have at most 100 characters");
        }
        if (heartbeatInterval == null || !heartbeatInterval.isPositive()) {
            throw new IllegalArgumentException("tremplin.cluster.heartbeat-interval must be a positive duration, not "
                    + heartbeatInterval);
        }
        if (leaseDuration == null || leaseDuration.compareTo(heartbeatInterval) <= 0) {
            throw new IllegalArgumentException("tremplin.cluster.lease-duration must be longer than"
                    + " tremplin.cluster.heartbeat-interval, not " + leaseDuration);
        }
    }
}
