package fr.tremplin.data.index;

import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Vacancies as the indexer reads them: by id, by employer, and in keyset pages for a rebuild. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface VacancySource extends GenericRepository<Vacancy, String> {

    /** The current rows of these ids; absent ids were deleted. Pass a non-empty collection. */
    List<Vacancy> findByIdIn(Collection<String> ids);

    /** Every vacancy of these employers (an employer change re-indexes them). Pass a non-empty collection. */
    List<Vacancy> findByEmployerIdIn(Collection<String> employerIds);

    /** The next page of a full scan: ids after {@code afterId} in id order ("" for the first page). */
    List<Vacancy> findByIdGreaterThanOrderByIdAsc(String afterId, Pageable page);

    long count();
}
