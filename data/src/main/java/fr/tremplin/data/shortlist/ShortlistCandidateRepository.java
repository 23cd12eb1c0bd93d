package fr.tremplin.data.shortlist;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ShortlistCandidateRepository extends CrudRepository<ShortlistCandidate, String> {

    List<ShortlistCandidate> findByShortlistIdOrderByListOrder(String shortlistId);

    List<ShortlistCandidate> findByShortlistIdInOrderByListOrder(Collection<String> shortlistIds);

    Optional<ShortlistCandidate> findByShortlistIdAndJobSeekerId(String shortlistId, String jobSeekerId);

    /** The proposals of one person in these states (pass state names), on every shortlist. */
    @Query("SELECT * FROM shortlist_candidate WHERE job_seeker_id = :jobSeekerId AND status IN (:statuses)")
    List<ShortlistCandidate> findOfSeeker(String jobSeekerId, Collection<String> statuses);

    /** The candidates in these states (pass state names) on the shortlists of one vacancy. */
    @Query("""
            SELECT c.* FROM shortlist_candidate c JOIN shortlist s ON s.id = c.shortlist_id
            WHERE s.vacancy_id = :vacancyId AND c.status IN (:statuses)""")
    List<ShortlistCandidate> findOnVacancy(String vacancyId, Collection<String> statuses);
}
