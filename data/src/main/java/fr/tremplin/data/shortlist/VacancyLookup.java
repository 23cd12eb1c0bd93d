package fr.tremplin.data.shortlist;

import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Vacancies read in batches, for lists of shortlists and placements (absent ids were deleted). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface VacancyLookup extends GenericRepository<Vacancy, String> {

    /** Pass a non-empty collection. */
    List<Vacancy> findByIdIn(Collection<String> ids);

    List<Vacancy> findByEmployerIdOrderByCreatedAtDesc(String employerId);
}
