package fr.tremplin.data.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Append-only on purpose: the only write is {@link #save}; there is no update or delete method. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);
}
