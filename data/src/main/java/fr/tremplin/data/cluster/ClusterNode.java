package fr.tremplin.data.cluster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A node as registered in {@code cluster_node}.
 *
 * @param nodeId         its id ({@link NodeIdentity})
 * @param startedAt      when it registered last (its last start)
 * @param heartbeatAt    its last heartbeat
 * @param outboxPosition every outbox id up to this one is applied to its index (null while it has no index)
 * @param indexState     the state of its index at the last heartbeat (READY, BUILDING...)
 * @param live           whether its heartbeat is recent (within three heartbeat intervals)
 */
@Serdeable
public record ClusterNode(String nodeId, Instant startedAt, Instant heartbeatAt, @Nullable Long outboxPosition,
                          @Nullable String indexState, boolean live) {
}
