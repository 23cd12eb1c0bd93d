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

    /**
     * Filtered list: {@code q} is a prefix of the last name, first name or external reference; every filter
     * is optional. Ordered by name then id so that pages are stable.
     */
    @Query(value = """
            SELECT * FROM job_seeker
            WHERE (:unit IS NULL OR employment_unit_code = :unit)
              AND (:status IS NULL OR status = :status)
              AND (:q IS NULL OR last_name LIKE CONCAT(:q, '%') OR first_name LIKE CONCAT(:q, '%')
                   OR external_ref LIKE CONCAT(:q, '%'))
            ORDER BY last_name, first_name, id""",
            countQuery = """
            SELECT COUNT(*) FROM job_seeker
            WHERE (:unit IS NULL OR employment_unit_code = :unit)
              AND (:status IS NULL OR status = :status)
              AND (:q IS NULL OR last_name LIKE CONCAT(:q, '%') OR first_name LIKE CONCAT(:q, '%')
                   OR external_ref LIKE CONCAT(:q, '%'))""")
    Page<JobSeeker> search(@Nullable String q, @Nullable String unit, @Nullable String status, Pageable pageable);
}
