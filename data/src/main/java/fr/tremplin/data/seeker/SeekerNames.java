package fr.tremplin.data.seeker;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** The names and units of a ranked page's people, current rows only (an erased person is simply absent). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SeekerNames extends GenericRepository<JobSeeker, String> {

    /** Pass a non-empty collection. */
    @Query("""
            SELECT id, first_name, last_name, employment_unit_code
            FROM job_seeker WHERE id IN (:ids)""")
    List<SeekerName> findNames(Collection<String> ids);
}
