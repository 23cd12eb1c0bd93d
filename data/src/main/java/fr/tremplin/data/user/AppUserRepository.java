package fr.tremplin.data.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AppUserRepository extends CrudRepository<AppUser, String> {
    Optional<AppUser> findByUsername(String username);

    boolean existsByDemoTrue();

    /** The active users of an employer that have an address (who hears about its shortlists). */
    List<AppUser> findByEmployerIdAndActiveTrueAndEmailIsNotNullOrderByUsername(String employerId);
}
