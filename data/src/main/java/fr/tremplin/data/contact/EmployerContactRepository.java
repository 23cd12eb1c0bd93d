package fr.tremplin.data.contact;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EmployerContactRepository extends CrudRepository<EmployerContact, String> {

    @Query("SELECT * FROM employer_contact WHERE employer_id = :employerId ORDER BY contacted_on DESC, created_at DESC")
    List<EmployerContact> findLatestFirst(String employerId);

    List<EmployerContact> findByEmployerIdAndUnitAndContactedOnBetweenOrderByContactedOn(
            String employerId, String unit, LocalDate from, LocalDate to);
}
