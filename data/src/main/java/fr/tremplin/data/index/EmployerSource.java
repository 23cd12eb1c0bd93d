package fr.tremplin.data.index;

import fr.tremplin.data.employer.Employer;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Employers of the vacancies being indexed (the vacancy document carries the employer's kind). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface EmployerSource extends GenericRepository<Employer, String> {

    /** Pass a non-empty collection. */
    List<Employer> findByIdIn(Collection<String> ids);

    /** All employers: a rebuild loads them once (a few thousand rows for a département). */
    List<Employer> findAll();
}
