package fr.tremplin.data.vacancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

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

    /** The vacancies a file's references name: by their reference, or by id for those without one. */
    @Query("""
            SELECT id, external_ref FROM vacancy
            WHERE external_ref IN (:refs) OR (external_ref IS NULL AND id IN (:refs))""")
    List<VacancyRef> findRefs(Collection<String> refs);

    @Query("SELECT id, external_ref FROM vacancy WHERE external_ref IS NOT NULL")
    List<VacancyRef> allRefs();

    @Query("UPDATE vacancy SET external_ref = :externalRef WHERE id = :id")
    void setExternalRef(String id, @Nullable String externalRef);

    List<Vacancy> findByIdIn(Collection<String> ids);
}
