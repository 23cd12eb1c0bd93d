package fr.tremplin.data.shortlist;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProfileShareRepository extends CrudRepository<ProfileShare, String> {

    Page<ProfileShare> findByJobSeekerId(String jobSeekerId, Pageable pageable);

    List<ProfileShare> findByShortlistIdAndJobSeekerId(String shortlistId, String jobSeekerId);
}
