package fr.tremplin.data.outbox;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends CrudRepository<OutboxEvent, Long> {

    /** Events after a position, in id order (the indexer decides how to handle gaps). */
    List<OutboxEvent> findByIdGreaterThanOrderByIdAsc(long afterId, io.micronaut.data.model.Pageable limit);
}
