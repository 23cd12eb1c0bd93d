package fr.tremplin.data.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The store side of a file import of employers: stored employers by SIRET for a batch of lines, and the writes of
 * checked lines through {@link EmployerService} (each with its outbox event), joining the import's transaction.
 */
@Singleton
public class EmployerImport {
    /** One line to write: a new employer ({@code id} null) or a change of a stored one at its stored version. */
    public record Change(@Nullable String id, @Nullable Long version, Employer draft) {
    }

    private final EmployerService service;
    private final EmployerRepository repository;

    public EmployerImport(EmployerService service, EmployerRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @ReadOnly
    public Map<String, Employer> findBySirets(Collection<String> sirets) {
        Map<String, Employer> found = new HashMap<>();
        if (!sirets.isEmpty()) {
            repository.findBySiretIn(sirets).forEach(e -> found.put(e.siret(), e));
        }
        return found;
    }

    @ReadOnly
    public Map<String, Employer> findByIds(Collection<String> ids) {
        Map<String, Employer> found = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findByIdIn(ids).forEach(e -> found.put(e.id(), e));
        }
        return found;
    }

    /** Every employer, by name: what an export writes. */
    @ReadOnly
    public List<Employer> all() {
        List<Employer> all = new ArrayList<>();
        var page = repository.search(null, null, null, io.micronaut.data.model.Pageable.from(0, 500));
        all.addAll(page.getContent());
        while (page.hasNext()) {
            page = repository.search(null, null, null, page.nextPageable());
            all.addAll(page.getContent());
        }
        return all;
    }

    @Transactional
    public void apply(List<Change> changes) {
        for (Change c : changes) {
            if (c.id() == null) {
                service.create(c.draft());
            } else {
                service.update(c.id(), Objects.requireNonNull(c.version()), c.draft());
            }
        }
    }

    /** Whether a draft holds the same data as the stored employer (identity, version and dates aside). */
    public static boolean sameData(Employer stored, Employer draft) {
        return stored.siret().equals(draft.siret()) && stored.name().equals(draft.name())
                && stored.kind() == draft.kind() && stored.sector() == draft.sector()
                && stored.communeInsee().equals(draft.communeInsee())
                && Objects.equals(stored.nafCode(), draft.nafCode());
    }
}
