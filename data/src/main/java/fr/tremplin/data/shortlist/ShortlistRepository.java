package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.ShortlistStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ShortlistRepository extends CrudRepository<Shortlist, String> {

    String FILTER = """
            WHERE (:employer IS NULL OR employer_id = :employer)
              AND (:vacancy IS NULL OR vacancy_id = :vacancy)
              AND (:status IS NULL OR status = :status)
              AND (:unit IS NULL OR employment_unit_code = :unit OR EXISTS (SELECT 1 FROM shortlist_candidate u
                   JOIN job_seeker p ON p.id = u.job_seeker_id
                   WHERE u.shortlist_id = shortlist.id AND p.employment_unit_code = :unit))
              AND (:sentOnly = FALSE OR sent_at IS NOT NULL)
              AND (:jobSeeker IS NULL OR EXISTS (SELECT 1 FROM shortlist_candidate c
                   WHERE c.shortlist_id = shortlist.id AND c.job_seeker_id = :jobSeeker))""";

    /** Filtered list, most recently sent (or created) first; every filter is optional. */
    @Query(value = "SELECT * FROM shortlist " + FILTER + " ORDER BY COALESCE(sent_at, created_at) DESC, id",
            countQuery = "SELECT COUNT(*) FROM shortlist " + FILTER)
    Page<Shortlist> search(@Nullable String employer, @Nullable String vacancy, @Nullable String status,
                           @Nullable String unit, boolean sentOnly, @Nullable String jobSeeker, Pageable pageable);

    /** Sent shortlists waiting since before {@code sentBefore}: what the follow-up job looks at. */
    List<Shortlist> findByStatusAndSentAtLessThanEqualsOrderBySentAt(ShortlistStatus status, Instant sentBefore);

    List<Shortlist> findByIdIn(Collection<String> ids);

    /** The open draft of one adviser for one vacancy (at most one is created; the oldest wins if ever two). */
    java.util.Optional<Shortlist> findFirstByVacancyIdAndCreatedByAndStatusOrderByCreatedAt(String vacancyId,
                                                                                           String createdBy,
                                                                                           ShortlistStatus status);

    List<Shortlist> findByEmployerIdAndSentAtIsNotNull(String employerId);
}
