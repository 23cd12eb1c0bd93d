package fr.tremplin.data.shortlist;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ShortlistTransitionRepository extends CrudRepository<ShortlistTransition, Long> {

    List<ShortlistTransition> findByShortlistIdOrderById(String shortlistId);
}
