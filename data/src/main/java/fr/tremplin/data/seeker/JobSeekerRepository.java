package fr.tremplin.data.seeker;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface JobSeekerRepository extends CrudRepository<JobSeeker, String> {

    Optional<JobSeeker> findByExternalRef(String externalRef);

    List<JobSeeker> findByExternalRefIn(Collection<String> externalRefs);

    /** Filtered list by name, reference, unit and status, ordered by name (see {@link #find}). */
    default Page<JobSeeker> search(@Nullable String q, @Nullable String unit, @Nullable String status,
                                   Pageable pageable) {
        return find(q, unit, status, null, null, "name", pageable);
    }

    /**
     * Filtered list ({@link SeekerSearch}): {@code q} is a prefix of the last name, first name or external
     * reference; every filter is optional; {@code sort} one of {@link SeekerSearch#SORTS}, then name and id so
     * that pages are stable.
     */
    @Query(value = """
            SELECT * FROM job_seeker
            WHERE (:unit IS NULL OR employment_unit_code = :unit)
              AND (:status IS NULL OR status = :status)
              AND (:commune IS NULL OR commune_insee = :commune)
              AND (:occupation IS NULL OR FIND_IN_SET(:occupation, target_occupations) > 0)
              AND (:q IS NULL OR last_name LIKE CONCAT(:q, '%') OR first_name LIKE CONCAT(:q, '%')
                   OR external_ref LIKE CONCAT(:q, '%'))
            ORDER BY CASE WHEN :sort = 'recent' THEN created_at END DESC,
                     CASE WHEN :sort = 'commune' THEN commune_insee END,
                     last_name, first_name, id""",
            countQuery = """
            SELECT COUNT(*) FROM job_seeker
            WHERE (:unit IS NULL OR employment_unit_code = :unit)
              AND (:status IS NULL OR status = :status)
              AND (:commune IS NULL OR commune_insee = :commune)
              AND (:occupation IS NULL OR FIND_IN_SET(:occupation, target_occupations) > 0)
              AND (:q IS NULL OR last_name LIKE CONCAT(:q, '%') OR first_name LIKE CONCAT(:q, '%')
                   OR external_ref LIKE CONCAT(:q, '%'))""")
    Page<JobSeeker> find(@Nullable String q, @Nullable String unit, @Nullable String status,
                         @Nullable String commune, @Nullable String occupation, String sort, Pageable pageable);
}
