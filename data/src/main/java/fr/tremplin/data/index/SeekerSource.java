package fr.tremplin.data.index;

import fr.tremplin.data.seeker.JobSeeker;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Job seekers as the indexer reads them: by id in batches, and in keyset pages for a rebuild. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SeekerSource extends GenericRepository<JobSeeker, String> {

    /** The current rows of these ids; absent ids were deleted. Pass a non-empty collection. */
    List<JobSeeker> findByIdIn(Collection<String> ids);

    /** The next page of a full scan: ids after {@code afterId} in id order ("" for the first page). */
    List<JobSeeker> findByIdGreaterThanOrderByIdAsc(String afterId, Pageable page);

    long count();
}
