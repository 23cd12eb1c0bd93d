package fr.tremplin.data.employer;

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
public interface EmployerRepository extends CrudRepository<Employer, String> {

    Optional<Employer> findBySiret(String siret);

    List<Employer> findBySiretIn(Collection<String> sirets);

    List<Employer> findByIdIn(Collection<String> ids);

    @Query(value = """
            SELECT * FROM employer
            WHERE (:kind IS NULL OR kind = :kind)
              AND (:sector IS NULL OR sector = :sector)
              AND (:q IS NULL OR name LIKE CONCAT('%', :q, '%') OR siret LIKE CONCAT(:q, '%'))
            ORDER BY name, id""",
            countQuery = """
            SELECT COUNT(*) FROM employer
            WHERE (:kind IS NULL OR kind = :kind)
              AND (:sector IS NULL OR sector = :sector)
              AND (:q IS NULL OR name LIKE CONCAT('%', :q, '%') OR siret LIKE CONCAT(:q, '%'))""")
    Page<Employer> search(@Nullable String q, @Nullable String kind, @Nullable String sector, Pageable pageable);
}
