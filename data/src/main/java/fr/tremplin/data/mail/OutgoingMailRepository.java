package fr.tremplin.data.mail;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutgoingMailRepository extends CrudRepository<OutgoingMail, String> {
    Page<OutgoingMail> findByRecipientContains(String recipient, Pageable pageable);

    Page<OutgoingMail> findAll(Pageable pageable);

    List<OutgoingMail> findByRecipientOrderByCreatedAt(String recipient);
}
