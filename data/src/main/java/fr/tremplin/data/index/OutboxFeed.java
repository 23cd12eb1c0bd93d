package fr.tremplin.data.index;

import fr.tremplin.data.outbox.OutboxEvent;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The outbox as the indexer reads it. Several nodes read the same rows, each from its own position; none
 * of them marks or deletes a row it has read (only the time-based retention deletes).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxFeed extends GenericRepository<OutboxEvent, Long> {

    /** Rows after a position, in id order, at most {@code page.size} of them. */
    List<OutboxEvent> findByIdGreaterThanOrderByIdAsc(long afterId, Pageable page);

    /** The rows of these ids that are visible (committed) now. Pass a non-empty collection. */
    List<OutboxEvent> findByIdInOrderByIdAsc(Collection<Long> ids);

    /** Highest id, 0 when the table is empty. */
    @Query("SELECT COALESCE(MAX(id), 0) FROM outbox_event")
    long maxId();

    /** Lowest id still present, 0 when the table is empty. */
    @Query("SELECT COALESCE(MIN(id), 0) FROM outbox_event")
    long minId();

    /** Lowest id of the rows created at or after {@code since}, -1 when there is none. */
    @Query("SELECT COALESCE(MIN(id), -1) FROM outbox_event WHERE created_at >= :since")
    long firstIdSince(Instant since);

    /**
     * Retention: deletes at most 10,000 rows created before {@code before} whose id is below
     * {@code keepFrom} (the caller passes the highest id, so the table never becomes empty and a node can
     * always tell that its position is older than the retained rows).
     *
     * @return rows deleted; call again while it returns 10,000
     */
    @Query("DELETE FROM outbox_event WHERE created_at < :before AND id < :keepFrom ORDER BY id LIMIT 10000")
    int deleteOlderThan(Instant before, long keepFrom);
}
