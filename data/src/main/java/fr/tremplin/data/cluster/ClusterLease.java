package fr.tremplin.data.cluster;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A lease row of {@code cluster_lease}: the job runs on {@code holder} until {@code expiresAt}.
 *
 * @param job       the job's name (e.g. {@code mail-sending})
 * @param holder    the node holding it
 * @param expiresAt when another node may take it, unless the holder renews it
 * @param active    whether it is held now
 */
@Serdeable
public record ClusterLease(String job, String holder, Instant expiresAt, boolean active) {
}
