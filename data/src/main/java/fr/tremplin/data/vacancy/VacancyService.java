package fr.tremplin.data.vacancy;

import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.Outbox;
import fr.tremplin.data.outbox.OutboxOperation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Writes of vacancies, each with its outbox event in the same transaction. */
@Singleton
public class VacancyService {
    public static final String RESOURCE = "L'offre";

    private final VacancyRepository repository;
    private final Outbox outbox;
    private final fr.tremplin.data.unit.UnitTerritories territories;

    public VacancyService(VacancyRepository repository, Outbox outbox,
                          fr.tremplin.data.unit.UnitTerritories territories) {
        this.territories = territories;
        this.repository = repository;
        this.outbox = outbox;
    }

    /** One statement, no transaction (its three extra round trips were a third of a candidates request's statements). */
    @Connectable
    public Vacancy get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @ReadOnly
    public Page<Vacancy> list(@Nullable String employer, @Nullable String occupation, @Nullable String status,
                              Pageable pageable) {
        return repository.search(employer, occupation, status, pageable);
    }

    @ReadOnly
    public Page<Vacancy> list(VacancySearch s, Pageable pageable) {
        List<String> territory = s.unit() == null ? List.of("") : territories.communesOf(s.unit());
        return repository.find(s.q(), s.employer(), s.occupation(), s.status(), s.commune(), s.unit(),
                territory.isEmpty() ? List.of("") : territory, s.sort(), pageable);
    }

    @Transactional
    public Vacancy create(Vacancy draft) {
        Vacancy saved = repository.save(draft.withIdentity(Ids.newId(), 0L, null));
        outbox.record(AggregateType.VACANCY, saved.id(), OutboxOperation.UPSERT);
        return saved;
    }

    @Transactional
    public Vacancy update(String id, long expectedVersion, Vacancy draft) {
        Vacancy current = get(id);
        if (current.version() == null || current.version() != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, current.version());
        }
        Vacancy updated;
        try {
            updated = repository.update(draft.withIdentity(id, current.version(), current.createdAt()));
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(expectedVersion, null);
        }
        outbox.record(AggregateType.VACANCY, id, OutboxOperation.UPSERT);
        return updated;
    }

    @Transactional
    public void delete(String id) {
        Vacancy current = get(id);
        repository.delete(current);
        outbox.record(AggregateType.VACANCY, id, OutboxOperation.DELETE);
    }
}
