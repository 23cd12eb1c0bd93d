package fr.tremplin.data.employer;

import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.DuplicateKeys;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.Outbox;
import fr.tremplin.data.outbox.OutboxOperation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

@Singleton
public class EmployerService {
    public static final String RESOURCE = "L'employeur";

    private final EmployerRepository repository;
    private final Outbox outbox;

    public EmployerService(EmployerRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /** One statement, no transaction (as {@code VacancyService#get}). */
    @Connectable
    public Employer get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @ReadOnly
    public boolean exists(String id) {
        return repository.existsById(id);
    }

    @ReadOnly
    public Page<Employer> list(@Nullable String q, @Nullable String kind, @Nullable String sector, Pageable pageable) {
        return repository.search(q, kind, sector, pageable);
    }

    @Transactional
    public Employer create(Employer draft) {
        if (repository.findBySiret(draft.siret()).isPresent()) {
            throw duplicateSiret(draft.siret());
        }
        Employer toSave = new Employer(Ids.newId(), draft.siret(), draft.name(), draft.kind(), draft.sector(),
                draft.communeInsee(), draft.nafCode(), null, null, 0L);
        Employer saved;
        try {
            saved = repository.save(toSave);
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw duplicateSiret(draft.siret());
            }
            throw e;
        }
        outbox.record(AggregateType.EMPLOYER, saved.id(), OutboxOperation.UPSERT);
        return saved;
    }

    /** A change of an employer at its stored version (the SIRET stays), with its outbox event. */
    @Transactional
    public Employer update(String id, long expectedVersion, Employer draft) {
        Employer current = get(id);
        if (current.version() == null || current.version() != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, current.version());
        }
        Employer updated;
        try {
            updated = repository.update(new Employer(id, current.siret(), draft.name(), draft.kind(), draft.sector(),
                    draft.communeInsee(), draft.nafCode(), current.createdAt(), null, current.version()));
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(expectedVersion, null);
        }
        outbox.record(AggregateType.EMPLOYER, id, OutboxOperation.UPSERT);
        return updated;
    }

    private static ConflictException duplicateSiret(String siret) {
        return new ConflictException("siret", "Le SIRET " + siret + " est déjà enregistré.");
    }
}
