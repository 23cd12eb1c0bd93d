package fr.tremplin.data.insertion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PublicContractRepository extends CrudRepository<PublicContract, String> {

    Optional<PublicContract> findByRef(String ref);

    @Query(value = """
            SELECT * FROM public_contract
            WHERE (:buyer IS NULL OR buyer_id = :buyer)
              AND (:q IS NULL OR ref LIKE CONCAT(:q, '%') OR title LIKE CONCAT('%', :q, '%'))
            ORDER BY start_date DESC, ref""",
            countQuery = """
            SELECT COUNT(*) FROM public_contract
            WHERE (:buyer IS NULL OR buyer_id = :buyer)
              AND (:q IS NULL OR ref LIKE CONCAT(:q, '%') OR title LIKE CONCAT('%', :q, '%'))""")
    Page<PublicContract> search(@Nullable String buyer, @Nullable String q, Pageable pageable);

    /** Contracts whose period meets [first, last]. */
    @Query("SELECT * FROM public_contract WHERE start_date <= :last AND end_date >= :first ORDER BY ref")
    List<PublicContract> findRunningBetween(LocalDate first, LocalDate last);
}
