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

    default Page<Vacancy> search(@Nullable String employer, @Nullable String occupation, @Nullable String status,
                                 Pageable pageable) {
        return find(null, employer, occupation, status, null, null, List.of(""), "recent", pageable);
    }

    /**
     * Filtered list ({@link VacancySearch}): {@code q} a part of the title or of the employer's name, or the ROME
     * code; every filter optional ({@code territory}: the communes of {@code unit}, one blank code without a unit); {@code sort} one of {@link VacancySearch#SORTS}, then id so that pages are
     * stable.
     */
    @Query(value = """
            SELECT v.* FROM vacancy v JOIN employer e ON e.id = v.employer_id
            WHERE (:employer IS NULL OR v.employer_id = :employer)
              AND (:occupation IS NULL OR v.occupation = :occupation)
              AND (:status IS NULL OR v.status = :status)
              AND (:commune IS NULL OR v.commune_insee = :commune)
              AND (:unit IS NULL OR v.commune_insee IN (:territory))
              AND (:q IS NULL OR v.title LIKE CONCAT('%', :q, '%') OR e.name LIKE CONCAT('%', :q, '%')
                   OR v.occupation = :q)
            ORDER BY CASE WHEN :sort = 'start' THEN COALESCE(v.start_date, DATE '1970-01-01') END,
                     CASE WHEN :sort = 'title' THEN v.title END,
                     v.created_at DESC, v.id""",
            countQuery = """
            SELECT COUNT(*) FROM vacancy v JOIN employer e ON e.id = v.employer_id
            WHERE (:employer IS NULL OR v.employer_id = :employer)
              AND (:occupation IS NULL OR v.occupation = :occupation)
              AND (:status IS NULL OR v.status = :status)
              AND (:commune IS NULL OR v.commune_insee = :commune)
              AND (:unit IS NULL OR v.commune_insee IN (:territory))
              AND (:q IS NULL OR v.title LIKE CONCAT('%', :q, '%') OR e.name LIKE CONCAT('%', :q, '%')
                   OR v.occupation = :q)""")
    Page<Vacancy> find(@Nullable String q, @Nullable String employer, @Nullable String occupation,
                       @Nullable String status, @Nullable String commune, @Nullable String unit,
                       Collection<String> territory, String sort, Pageable pageable);

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
