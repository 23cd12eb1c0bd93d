package fr.tremplin.data.shortlist;

import fr.tremplin.data.seeker.JobSeeker;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Job seekers read in batches, for the candidates of shortlists (absent ids were erased). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SeekerLookup extends GenericRepository<JobSeeker, String> {

    /** Pass a non-empty collection. */
    List<JobSeeker> findByIdIn(Collection<String> ids);
}
