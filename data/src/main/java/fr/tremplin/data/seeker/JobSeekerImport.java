package fr.tremplin.data.seeker;

import fr.tremplin.data.audit.Auditor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The write side of a file import of job seekers: every creation and change of one file in one transaction, through
 * {@link JobSeekerService} (so each write records its outbox event, consent history and audit line as any write
 * does); the first failure rolls the whole file back.
 */
@Singleton
public class JobSeekerImport {
    /** One line to write: a new person ({@code id} null) or a change of a stored one at its stored version. */
    public record Change(@Nullable String id, @Nullable Long version, JobSeeker draft) {
        public boolean isNew() {
            return id == null;
        }
    }

    private final JobSeekerService service;
    private final JobSeekerRepository repository;

    public JobSeekerImport(JobSeekerService service, JobSeekerRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @ReadOnly
    public Optional<JobSeeker> findByExternalRef(String externalRef) {
        return repository.findByExternalRef(externalRef);
    }

    /** The stored people of these references, by reference (one query for a batch of lines). */
    @ReadOnly
    public Map<String, JobSeeker> findByExternalRefs(Collection<String> externalRefs) {
        Map<String, JobSeeker> found = new HashMap<>();
        if (!externalRefs.isEmpty()) {
            repository.findByExternalRefIn(externalRefs).forEach(s -> found.put(s.externalRef(), s));
        }
        return found;
    }

    /** Every person of a unit (all units when null), by name: what an export writes. */
    @ReadOnly
    public List<JobSeeker> all(@Nullable String unit) {
        List<JobSeeker> all = new ArrayList<>();
        var page = repository.search(null, unit, null, io.micronaut.data.model.Pageable.from(0, 500));
        all.addAll(page.getContent());
        while (page.hasNext()) {
            page = repository.search(null, unit, null, page.nextPageable());
            all.addAll(page.getContent());
        }
        return all;
    }

    /** Changes of a file: joins the import's transaction (all the changes of one file, or none). */
    @Transactional
    public void apply(List<Change> changes, Auditor who) {
        List<JobSeeker> created = new ArrayList<>();
        for (Change c : changes) {
            if (c.isNew()) {
                created.add(c.draft());
            } else {
                service.update(c.id(), Objects.requireNonNull(c.version()), c.draft(), who, ConsentSource.IMPORT);
            }
        }
        if (!created.isEmpty()) {
            service.createAll(created, who, ConsentSource.IMPORT);
        }
    }

    /** Whether a draft holds the same data as the stored person (identity, version and dates aside). */
    public static boolean sameData(JobSeeker stored, JobSeeker draft) {
        return comparable(stored).equals(comparable(draft));
    }

    private static JobSeeker comparable(JobSeeker s) {
        return new JobSeeker(null, s.externalRef(), s.firstName(), s.lastName(), s.birthDate(), s.email(), s.phone(),
                s.communeInsee(), s.mobilityRadiusKm(), List.copyOf(s.licences()), s.hasVehicle(),
                List.copyOf(s.targetOccupations()), List.copyOf(s.experiences()), List.copyOf(s.skills()), s.summary(),
                s.diplomaLevel(), s.availableFrom(), s.workingTime(), List.copyOf(s.publics()), s.employmentUnit(),
                s.consentToShare(), s.status(), null, null, null);
    }
}
