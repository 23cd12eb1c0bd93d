package fr.tremplin.data.vacancy;

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
 * The store side of a file import of vacancies. A vacancy is found by the reference of its line: the reference an
 * earlier import gave it ({@code vacancy.external_ref}), or else its id (an export writes the id of a vacancy posted
 * through the API, which has no reference). Writes go through {@link VacancyService} (outbox), joining the import's
 * transaction.
 */
@Singleton
public class VacancyImport {
    /** One line to write: a new vacancy ({@code id} null) with its reference, or a change of a stored one. */
    public record Change(@Nullable String id, @Nullable Long version, String externalRef, Vacancy draft) {
    }

    /** A stored vacancy and the reference it is known by. */
    public record Stored(Vacancy vacancy, String reference) {
    }

    private final VacancyService service;
    private final VacancyRepository repository;

    public VacancyImport(VacancyService service, VacancyRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    /** The stored vacancies of these references, by reference (two queries for a batch of lines). */
    @ReadOnly
    public Map<String, Stored> findByReferences(Collection<String> refs) {
        Map<String, Stored> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        Map<String, String> refById = new HashMap<>();
        for (VacancyRef r : repository.findRefs(refs)) {
            refById.put(r.id(), r.externalRef() == null ? r.id() : r.externalRef());
        }
        if (!refById.isEmpty()) {
            for (Vacancy v : repository.findByIdIn(refById.keySet())) {
                found.put(refById.get(v.id()), new Stored(v, refById.get(v.id())));
            }
        }
        return found;
    }

    /** Every vacancy with the reference an export writes (its import reference, or its id), newest first. */
    @ReadOnly
    public List<Stored> all() {
        Map<String, String> refs = new HashMap<>();
        repository.allRefs().forEach(r -> refs.put(r.id(), r.externalRef()));
        List<Stored> all = new ArrayList<>();
        var page = repository.search(null, null, null, io.micronaut.data.model.Pageable.from(0, 500));
        page.getContent().forEach(v -> all.add(new Stored(v, refs.getOrDefault(v.id(), v.id()))));
        while (page.hasNext()) {
            page = repository.search(null, null, null, page.nextPageable());
            page.getContent().forEach(v -> all.add(new Stored(v, refs.getOrDefault(v.id(), v.id()))));
        }
        return all;
    }

    @Transactional
    public void apply(List<Change> changes) {
        for (Change c : changes) {
            if (c.id() == null) {
                Vacancy created = service.create(c.draft());
                repository.setExternalRef(created.id(), c.externalRef());
            } else {
                service.update(c.id(), Objects.requireNonNull(c.version()), c.draft());
            }
        }
    }

    /** Whether a draft holds the same data as the stored vacancy (identity, version and dates aside). */
    public static boolean sameData(Vacancy stored, Vacancy draft) {
        return comparable(stored).equals(comparable(draft));
    }

    private static Vacancy comparable(Vacancy v) {
        return new Vacancy(null, v.employerId(), v.occupation(), v.title(), v.description(), v.communeInsee(),
                v.contractType(), v.hoursPerWeek(), v.startDate(), v.positions(), List.copyOf(v.requiredSkills()),
                List.copyOf(v.niceToHaveSkills()), List.copyOf(v.requiredLicences()), v.minDiplomaLevel(),
                v.insertionContractRef(), v.insertionHours(), v.status(), null, null, null);
    }
}
