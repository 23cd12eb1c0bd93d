package fr.tremplin.data.insertion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InsertionHoursRepository extends CrudRepository<InsertionHours, String> {

    Optional<InsertionHours> findByPublicContractIdAndJobSeekerIdAndWorkMonth(String publicContractId,
                                                                             String jobSeekerId, LocalDate workMonth);

    String FILTER = """
            WHERE (:contract IS NULL OR h.public_contract_id = :contract)
              AND (:jobSeeker IS NULL OR h.job_seeker_id = :jobSeeker)
              AND (:employer IS NULL OR p.employer_id = :employer)
              AND (:unit IS NULL OR p.employment_unit_code = :unit)
              AND (:first IS NULL OR h.work_month >= :first)
              AND (:last IS NULL OR h.work_month <= :last)""";

    /** The ledger, latest months first; every filter is optional. */
    @Query(value = "SELECT h.* FROM insertion_hours h JOIN placement p ON p.id = h.placement_id " + FILTER
            + " ORDER BY h.work_month DESC, h.public_contract_id, h.job_seeker_id",
            countQuery = "SELECT COUNT(*) FROM insertion_hours h JOIN placement p ON p.id = h.placement_id " + FILTER)
    Page<InsertionHours> search(@Nullable String contract, @Nullable String jobSeeker, @Nullable String employer,
                                @Nullable String unit, @Nullable LocalDate first, @Nullable LocalDate last,
                                Pageable pageable);

    @Query("SELECT COALESCE(SUM(hours), 0) FROM insertion_hours WHERE public_contract_id = :contractId")
    BigDecimal sumOfContract(String contractId);
}
