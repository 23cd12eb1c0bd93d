package fr.tremplin.data.seeker;

import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.DuplicateKeys;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.core.index.ErasureKeys;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.Outbox;
import fr.tremplin.data.outbox.OutboxOperation;
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

import java.util.ArrayList;
import java.util.List;

/** Writes of job seekers: each change and its outbox event commit together, or not at all. */
@Singleton
public class JobSeekerService {
    public static final String RESOURCE = "La personne";

    /** Longest reason of an erasure. */
    public static final int REASON_MAX = 500;

    private final JobSeekerRepository repository;
    private final Outbox outbox;
    private final ProposalClosing shortlists;
    private final AuditLog audit;
    private final ConsentHistory consents;
    private final SeekerErasure erasure;

    public JobSeekerService(JobSeekerRepository repository, Outbox outbox, ProposalClosing shortlists, AuditLog audit,
                     ConsentHistory consents, SeekerErasure erasure) {
        this.repository = repository;
        this.outbox = outbox;
        this.shortlists = shortlists;
        this.audit = audit;
        this.consents = consents;
        this.erasure = erasure;
    }

    @ReadOnly
    public JobSeeker get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    @ReadOnly
    public Page<JobSeeker> list(@Nullable String q, @Nullable String unit, @Nullable String status, Pageable pageable) {
        return repository.search(q, unit, status, pageable);
    }

    @ReadOnly
    public Page<JobSeeker> list(SeekerSearch s, Pageable pageable) {
        return repository.find(s.q(), s.unit(), s.status(), s.commune(), s.occupation(), s.sort(), pageable);
    }

    /** A creation by the system (tests, tools): audited as « système ». */
    @Transactional
    public JobSeeker create(JobSeeker draft) {
        return create(draft, Auditor.SYSTEM, ConsentSource.SYSTEM);
    }

    /** A creation, its consent entry and its audit line, with the outbox event, in one transaction. */
    @Transactional
    public JobSeeker create(JobSeeker draft, Auditor who, ConsentSource source) {
        rejectDuplicateRef(draft.externalRef(), null);
        JobSeeker saved = saveNew(draft.withIdentity(Ids.newId(), 0L, null));
        consents.record(saved.id(), saved.consentToShare(), source, who.username());
        audit.record(who, AuditAction.CREATE, saved.id(), saved.employmentUnit(), null);
        outbox.record(AggregateType.JOB_SEEKER, saved.id(), OutboxOperation.UPSERT);
        return saved;
    }

    /**
     * The creations of a file import, batched: for each person the same rows as {@link #create} (the person, the
     * first consent entry, the audit line, the outbox event), each kind written in one batch. The caller checked the
     * references in this transaction; the unique key still refuses a duplicate.
     */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public List<JobSeeker> createAll(List<JobSeeker> drafts, Auditor who, ConsentSource source) {
        List<JobSeeker> saved = new ArrayList<>(drafts.size());
        try {
            repository.saveAll(drafts.stream().map(d -> d.withIdentity(Ids.newId(), 0L, null)).toList())
                    .forEach(saved::add);
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new ConflictException("externalRef", "Une des références du lot est déjà utilisée par une autre"
                        + " personne.");
            }
            throw e;
        }
        List<String> ids = saved.stream().map(JobSeeker::id).toList();
        consents.recordAll(saved, source, who.username());
        audit.recordCreations(who, ids, saved.stream().map(JobSeeker::employmentUnit).toList());
        outbox.recordAll(AggregateType.JOB_SEEKER, ids, OutboxOperation.UPSERT);
        return saved;
    }

    @Transactional
    public JobSeeker update(String id, long expectedVersion, JobSeeker draft) {
        return update(id, expectedVersion, draft, Auditor.SYSTEM, ConsentSource.SYSTEM);
    }

    /** A change; a change of consent is added to the history and audited as such. */
    @Transactional
    public JobSeeker update(String id, long expectedVersion, JobSeeker draft, Auditor who, ConsentSource source) {
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
        audit.record(who, AuditAction.UPDATE, id, updated.employmentUnit(), SeekerChanges.between(current, updated));
        if (current.consentToShare() != updated.consentToShare()) {
            consents.record(id, updated.consentToShare(), source, who.username());
            audit.record(who, AuditAction.CONSENT, id, updated.employmentUnit(),
                    updated.consentToShare() ? "consentement donné" : "consentement retiré");
        }
        outbox.record(AggregateType.JOB_SEEKER, id, OutboxOperation.UPSERT);
        return updated;
    }

    /** Right to erasure by the system (tests, tools). */
    @Transactional
    public void delete(String id) {
        erase(id, null, Auditor.SYSTEM);
    }

    /**
     * Right to erasure: the row goes, every row kept for the statistics loses what leads back to the person
     * ({@link SeekerErasure}), the erasure is audited with who and why, and the outbox tells every index to forget
     * the person (by erasure key, not by id).
     */
    @Transactional
    public void erase(String id, @Nullable String reason, Auditor who) {
        if (reason != null && reason.length() > REASON_MAX) {
            throw new InvalidDataException("reason", "le motif compte au plus " + REASON_MAX + " caractères");
        }
        JobSeeker current = get(id);
        shortlists.closeProposalsOf(id, Reason.SEEKER_ERASED);
        audit.record(who, AuditAction.ERASE, id, current.employmentUnit(),
                reason == null || reason.isBlank() ? "effacement" : "motif : " + reason.strip());
        erasure.tombstone(id);
        repository.delete(current);
        outbox.record(AggregateType.JOB_SEEKER, ErasureKeys.of(id), OutboxOperation.DELETE);
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
