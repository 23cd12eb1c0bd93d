package fr.tremplin.data.seeker;

import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.DuplicateKeys;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.Outbox;
import fr.tremplin.data.outbox.OutboxOperation;
import fr.tremplin.data.shortlist.ShortlistClosure;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.shortlist.Reason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Writes of job seekers: each change and its outbox event commit together, or not at all. */
@Singleton
public class JobSeekerService {
    public static final String RESOURCE = "La personne";

    private final JobSeekerRepository repository;
    private final Outbox outbox;
    private final ShortlistClosure shortlists;

    public JobSeekerService(JobSeekerRepository repository, Outbox outbox, ShortlistClosure shortlists) {
        this.repository = repository;
        this.outbox = outbox;
        this.shortlists = shortlists;
    }

    @ReadOnly
    public JobSeeker get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @ReadOnly
    public Page<JobSeeker> list(@Nullable String q, @Nullable String unit, @Nullable String status, Pageable pageable) {
        return repository.search(q, unit, status, pageable);
    }

    @Transactional
    public JobSeeker create(JobSeeker draft) {
        rejectDuplicateRef(draft.externalRef(), null);
        JobSeeker saved = saveNew(draft.withIdentity(Ids.newId(), 0L, null));
        outbox.record(AggregateType.JOB_SEEKER, saved.id(), OutboxOperation.UPSERT);
        return saved;
    }

    @Transactional
    public JobSeeker update(String id, long expectedVersion, JobSeeker draft) {
        JobSeeker current = get(id);
        if (current.version() == null || current.version() != expectedVersion) {
            throw ConflictException.staleVersion(expectedVersion, current.version());
        }
        rejectDuplicateRef(draft.externalRef(), id);
        JobSeeker updated;
        try {
            updated = repository.update(draft.withIdentity(id, current.version(), current.createdAt()));
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(expectedVersion, null);
        }
        closeProposalsIfNoLongerAvailable(current, updated);
        outbox.record(AggregateType.JOB_SEEKER, id, OutboxOperation.UPSERT);
        return updated;
    }

    /** Right to erasure: the row goes, and the outbox tells every index to forget the person. */
    @Transactional
    public void delete(String id) {
        JobSeeker current = get(id);
        shortlists.closeProposalsOf(id, Reason.SEEKER_ERASED);
        repository.delete(current);
        outbox.record(AggregateType.JOB_SEEKER, id, OutboxOperation.DELETE);
    }

    /** A person who withdraws consent, pauses or leaves is no longer proposed to employers. */
    private void closeProposalsIfNoLongerAvailable(JobSeeker before, JobSeeker after) {
        if (before.consentToShare() && !after.consentToShare()) {
            shortlists.closeProposalsOf(after.id(), Reason.CONSENT_WITHDRAWN);
        } else if (before.status() == SeekerStatus.ACTIVE && after.status() != SeekerStatus.ACTIVE
                && after.status() != SeekerStatus.PLACED) {
            shortlists.closeProposalsOf(after.id(), Reason.SEEKER_UNAVAILABLE);
        }
    }

    private JobSeeker saveNew(JobSeeker seeker) {
        try {
            return repository.save(seeker);
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw duplicateRef(seeker.externalRef());
            }
            throw e;
        }
    }

    private void rejectDuplicateRef(String externalRef, @Nullable String ownId) {
        repository.findByExternalRef(externalRef)
                .filter(other -> !other.id().equals(ownId))
                .ifPresent(other -> {
                    throw duplicateRef(externalRef);
                });
    }

    private static ConflictException duplicateRef(String externalRef) {
        return new ConflictException("externalRef",
                "La référence externe " + externalRef + " est déjà utilisée par une autre personne.");
    }
}
