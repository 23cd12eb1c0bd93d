package fr.tremplin.data.cluster;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Jobs that must run once across the cluster: {@code runIfLeader("mail-sending", task)} runs the task only on the
 * node that holds the job's lease row ({@code cluster_lease}), and skips it on the others.
 *
 * <p>The lease is taken with one atomic {@code UPDATE ... WHERE job = ? AND (holder = me OR expires_at < NOW(6))}:
 * of two nodes racing, the row lock lets one through. The holder renews it at each run and at each heartbeat
 * ({@link #renewHeld()}), so it keeps its jobs while it lives; {@code tremplin.cluster.lease-duration} (30s) after
 * its last renewal another node takes them over. Every time is the database's, so clock skew between nodes does not
 * matter. A node that hangs longer than the lease may overlap one run with its successor: the jobs are safe to run
 * twice (the mail queue claims each mail with {@code FOR UPDATE SKIP LOCKED}, the others are idempotent), the lease
 * only keeps them from running everywhere every time.
 */
@Singleton
public class ClusterLeases {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLeases.class);
    /** Longest job name (the column's width). */
    public static final int JOB_MAX = 60;

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final NodeIdentity node;
    private final ClusterSettings settings;

    public ClusterLeases(JdbcOperations jdbc, TransactionOperations<Connection> tx, NodeIdentity node, ClusterSettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.node = node;
        this.settings = settings;
    }

    /**
     * Runs {@code task} when this node holds, or could take, the lease of {@code job}.
     *
     * @return whether it ran
     */
    public boolean runIfLeader(String job, Runnable task) {
        if (!acquire(job)) {
            return false;
        }
        task.run();
        return true;
    }

    /** Like {@link #runIfLeader(String, Runnable)}, with the task's result; empty when another node holds the lease. */
    public <T> Optional<T> callIfLeader(String job, Supplier<T> task) {
        return acquire(job) ? Optional.ofNullable(task.get()) : Optional.empty();
    }

    /** Takes or renews the lease of {@code job} for this node; false when another node holds it. */
    public boolean acquire(String job) {
        if (job == null || job.isBlank() || job.length() > JOB_MAX) {
            throw new IllegalArgumentException("job name of 1 to " + JOB_MAX + " characters expected: " + job);
        }
        inTx("INSERT IGNORE INTO cluster_lease (job, holder, expires_at) VALUES (?, '', '1970-01-02')",
                ps -> {
                    ps.setString(1, job);
                    return ps.executeUpdate();
                });
        int taken = inTx("UPDATE cluster_lease SET taken_at = IF(holder = ?, taken_at, NOW(6)),"
                + " holder = ?, expires_at = NOW(6) + INTERVAL ? MICROSECOND"
                + " WHERE job = ? AND (holder = ? OR expires_at < NOW(6))", ps -> {
                    ps.setString(1, node.id());
                    ps.setString(2, node.id());
                    ps.setLong(3, settings.leaseDuration().toNanos() / 1000);
                    ps.setString(4, job);
                    ps.setString(5, node.id());
                    return ps.executeUpdate();
                });
        return taken > 0;
    }

    /** Extends every lease this node holds (the heartbeat calls it). */
    public int renewHeld() {
        return inTx("UPDATE cluster_lease SET expires_at = NOW(6) + INTERVAL ? MICROSECOND"
                + " WHERE holder = ? AND expires_at >= NOW(6)", ps -> {
                    ps.setLong(1, settings.leaseDuration().toNanos() / 1000);
                    ps.setString(2, node.id());
                    return ps.executeUpdate();
                });
    }

    /** Gives up this node's leases, so that another node takes its jobs at once (on a clean stop). */
    public int releaseHeld() {
        return inTx("UPDATE cluster_lease SET expires_at = '1970-01-02' WHERE holder = ?", ps -> {
            ps.setString(1, node.id());
            return ps.executeUpdate();
        });
    }

    /** Every lease, by job. */
    public List<ClusterLease> list() {
        return inTx("SELECT job, holder, expires_at, expires_at >= NOW(6) FROM cluster_lease ORDER BY job",
                ps -> {
                    List<ClusterLease> leases = new ArrayList<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Timestamp expires = rs.getTimestamp(3);
                            leases.add(new ClusterLease(rs.getString(1), rs.getString(2), expires.toInstant(),
                                    rs.getBoolean(4)));
                        }
                    }
                    return leases;
                });
    }

    public String nodeId() {
        return node.id();
    }

    @PreDestroy
    void close() {
        try {
            releaseHeld();
        } catch (RuntimeException e) {
            LOG.debug("Leases not released on stop (they expire by themselves): {}", e.toString());
        }
    }

    /** Runs one statement in its own transaction (the jobs and the heartbeat call from outside any). */
    private <R> R inTx(String sql, io.micronaut.data.jdbc.runtime.PreparedStatementCallback<R> callback) {
        return tx.executeWrite(status -> jdbc.prepareStatement(sql, callback));
    }
}
