package fr.tremplin.data.placement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PlacementRepository extends CrudRepository<Placement, String> {

    String FILTER = """
            WHERE (:employer IS NULL OR employer_id = :employer)
              AND (:vacancy IS NULL OR vacancy_id = :vacancy)
              AND (:jobSeeker IS NULL OR job_seeker_id = :jobSeeker)
              AND (:unit IS NULL OR employment_unit_code = :unit)
              AND (:hiredFrom IS NULL OR hired_at >= :hiredFrom)
              AND (:hiredBefore IS NULL OR hired_at < :hiredBefore)""";

    /** Filtered list, latest hires first; every filter is optional. */
    @Query(value = "SELECT * FROM placement " + FILTER + " ORDER BY hired_at DESC, id",
            countQuery = "SELECT COUNT(*) FROM placement " + FILTER)
    Page<Placement> search(@Nullable String employer, @Nullable String vacancy, @Nullable String jobSeeker,
                           @Nullable String unit, @Nullable Instant hiredFrom, @Nullable Instant hiredBefore,
                           Pageable pageable);

    List<Placement> findByJobSeekerIdOrderByStartDateDesc(String jobSeekerId);

    Optional<Placement> findByShortlistIdAndJobSeekerId(String shortlistId, String jobSeekerId);
}
