package fr.tremplin.data.cluster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The nodes sharing the database ({@code cluster_node}): each one registers on start and heartbeats with the outbox
 * position of its index; the outbox retention keeps what the slowest node still needs ({@link #slowestPosition}) and
 * drops the nodes silent for longer than the retention ({@link #dropSilentSince}). Heartbeats are written with
 * the database's time; the retention compares them with its own clock (days, against seconds of clock skew).
 */
@Singleton
public class ClusterNodes {
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final ClusterSettings settings;

    public ClusterNodes(JdbcOperations jdbc, TransactionOperations<Connection> tx, ClusterSettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
    }

    /** Registers the node (or registers it again after a restart): its start time becomes now. */
    public void register(String nodeId, @Nullable Long outboxPosition, @Nullable String indexState) {
        upsert(nodeId, outboxPosition, indexState, true);
    }

    /** Records that the node lives, at this outbox position (null while it has no index). */
    public void heartbeat(String nodeId, @Nullable Long outboxPosition, @Nullable String indexState) {
        upsert(nodeId, outboxPosition, indexState, false);
    }

    /**
     * The lowest outbox position of the nodes heard from since {@code heardSince} (those with an index): every row
     * after it is still needed by some node. Empty when no node reported a position.
     */
    public OptionalLong slowestPosition(Instant heardSince) {
        return inTx("SELECT MIN(outbox_position) FROM cluster_node WHERE outbox_position IS NOT NULL"
                + " AND heartbeat_at >= ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(heardSince));
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        long min = rs.getLong(1);
                        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(min);
                    }
                });
    }

    /** Forgets the nodes not heard from since {@code heardSince}; they rebuild their index when they return. */
    public int dropSilentSince(Instant heardSince) {
        return inTx("DELETE FROM cluster_node WHERE heartbeat_at < ?",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(heardSince));
                    return ps.executeUpdate();
                });
    }

    /** Every registered node, those heard from within three heartbeat intervals marked live. */
    public List<ClusterNode> list() {
        return inTx("SELECT node_id, started_at, heartbeat_at, outbox_position, index_state,"
                + " heartbeat_at >= NOW(6) - INTERVAL ? MICROSECOND FROM cluster_node ORDER BY node_id", ps -> {
                    ps.setLong(1, micros(settings.heartbeatInterval().multipliedBy(3)));
                    List<ClusterNode> nodes = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long position = rs.getLong(4);
                            Long outbox = rs.wasNull() ? null : position;
                            nodes.add(new ClusterNode(rs.getString(1), rs.getTimestamp(2).toInstant(),
                                    rs.getTimestamp(3).toInstant(), outbox, rs.getString(5), rs.getBoolean(6)));
                        }
                    }
                    return nodes;
                });
    }

    private void upsert(String nodeId, Long outboxPosition, String indexState, boolean start) {
        inTx("INSERT INTO cluster_node (node_id, started_at, heartbeat_at, outbox_position, index_state)"
                + " VALUES (?, NOW(6), NOW(6), ?, ?) ON DUPLICATE KEY UPDATE heartbeat_at = NOW(6),"
                + " outbox_position = VALUES(outbox_position), index_state = VALUES(index_state)"
                + (start ? ", started_at = NOW(6)" : ""), ps -> {
                    ps.setString(1, nodeId);
                    if (outboxPosition == null) {
                        ps.setNull(2, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(2, outboxPosition);
                    }
                    ps.setString(3, indexState);
                    return ps.executeUpdate();
                });
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }

    /** Runs one statement in its own transaction (the jobs and the heartbeat call from outside any). */
    private <R> R inTx(String sql, io.micronaut.data.jdbc.runtime.PreparedStatementCallback<R> callback) {
        return tx.executeWrite(status -> jdbc.prepareStatement(sql, callback));
    }
}
