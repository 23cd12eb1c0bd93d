package fr.tremplin.data.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface VacancyRepository extends CrudRepository<Vacancy, String> {

    @Query(value = """
            SELECT * FROM vacancy
            WHERE (:employer IS NULL OR employer_id = :employer)
              AND (:occupation IS NULL OR occupation = :occupation)
              AND (:status IS NULL OR status = :status)
            ORDER BY created_at DESC, id""",
            countQuery = """
            SELECT COUNT(*) FROM vacancy
            WHERE (:employer IS NULL OR employer_id = :employer)
              AND (:occupation IS NULL OR occupation = :occupation)
              AND (:status IS NULL OR status = :status)""")
    Page<Vacancy> search(@Nullable String employer, @Nullable String occupation, @Nullable String status,
                         Pageable pageable);
}
