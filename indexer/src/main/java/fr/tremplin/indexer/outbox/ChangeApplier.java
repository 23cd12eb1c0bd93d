package fr.tremplin.indexer.outbox;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.index.EmployerSource;
import fr.tremplin.data.index.ProposalDates;
import fr.tremplin.data.index.SeekerSource;
import fr.tremplin.data.index.VacancySource;
import fr.tremplin.data.outbox.OutboxEvent;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.core.index.ErasureKeys;
import fr.tremplin.indexer.mapping.IndexDocuments;
import fr.tremplin.indexer.mapping.RejectedRows;
import fr.tremplin.indexer.mapping.UnmappableRowException;
import fr.tremplin.indexer.store.Generation;
import fr.tremplin.indexer.store.LuceneIndex;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings documents in line with the database by re-reading the current rows of the ids that changed:
 * a row that exists is (re)written, a row that does not is deleted. The event's operation is not needed,
 * and neither is the order of the events within a batch: whatever happened, the current row is the
 * truth, so applying twice or late is harmless (idempotent). An employer event re-indexes that employer's
 * vacancies (their documents carry its kind).
 *
 * <p>Callers must not run two appliers on the same index at once (a slow one could write an older row
 * after a faster one wrote a newer); the {@link OutboxFollower} serialises them.
 */
@Singleton
public class ChangeApplier {

    /** Ids per {@code IN (...)} query. */
    static final int CHUNK = 500;

    private final SeekerSource seekers;
    private final VacancySource vacancies;
    private final EmployerSource employers;
    private final IndexDocuments documents;
    private final RejectedRows rejected;
    private final ProposalDates proposals;

    public ChangeApplier(SeekerSource seekers, VacancySource vacancies, EmployerSource employers,
                         IndexDocuments documents, RejectedRows rejected, ProposalDates proposals) {
        this.proposals = proposals;
        this.seekers = seekers;
        this.vacancies = vacancies;
        this.employers = employers;
        this.documents = documents;
        this.rejected = rejected;
    }

    /** Applies a batch of outbox events; returns the number of documents written or deleted. */
    public int apply(Generation generation, Collection<OutboxEvent> events) {
        Set<String> seekerIds = new LinkedHashSet<>();
        Set<String> vacancyIds = new LinkedHashSet<>();
        Set<String> employerIds = new LinkedHashSet<>();
        for (OutboxEvent event : events) {
            switch (event.aggregateType()) {
                case JOB_SEEKER -> seekerIds.add(event.aggregateId());
                case VACANCY -> vacancyIds.add(event.aggregateId());
                case EMPLOYER -> employerIds.add(event.aggregateId());
            }
        }
        return seekers(generation, seekerIds) + vacancies(generation, vacancyIds, employerIds);
    }

    /** Re-indexes these job seekers from their current rows (deleting those that are gone). */
    public int seekers(Generation generation, Collection<String> ids) {
        int written = 0;
        boolean erased = false;
        LuceneIndex index = generation.seekers();
        List<String> rowIds = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (ErasureKeys.isKey(id)) {
                index.deleteErased(id);
                erased = true;
                written++;
            } else {
                rowIds.add(id);
            }
        }
        for (List<String> chunk : chunks(rowIds)) {
            Map<String, JobSeeker> rows = byId(seekers.findByIdIn(chunk), JobSeeker::id);
            Map<String, Instant> lastProposals = proposals.lastProposalOf(rows.keySet());
            for (String id : chunk) {
                JobSeeker row = rows.get(id);
                if (row == null) {
                    index.delete(id);
                    erased = true;
                } else {
                    try {
                        index.upsert(id, documents.seeker(row, lastProposals.get(id)));
                    } catch (UnmappableRowException e) {
                        rejected.record(e);
                        index.delete(id);
                    }
                }
                written++;
            }
        }
        if (erased) { // the person is gone from the database: their data leaves the index files too
            index.expungeDeletes();
        }
        return written;
    }

    /**
     * Re-indexes these vacancies and every vacancy of these employers from their current rows (deleting the
     * vacancies that are gone).
     */
    public int vacancies(Generation generation, Collection<String> ids, Collection<String> employerIds) {
        List<Vacancy> rows = new ArrayList<>();
        for (List<String> chunk : chunks(ids)) {
            rows.addAll(vacancies.findByIdIn(chunk));
        }
        for (List<String> chunk : chunks(employerIds)) {
            rows.addAll(vacancies.findByEmployerIdIn(chunk));
        }
        Map<String, EmployerKind> kinds = employerKinds(rows);
        LuceneIndex index = generation.vacancies();
        Map<String, Vacancy> found = byId(rows, Vacancy::id);
        int written = 0;
        for (String id : ids) {
            if (!found.containsKey(id)) {
                index.delete(id);
                written++;
            }
        }
        for (Vacancy row : found.values()) {
            EmployerKind kind = kinds.get(row.employerId());
            if (kind == null) {
                throw new IllegalStateException("Vacancy " + row.id() + " names employer " + row.employerId()
                        + ", which is not in the database");
            }
            try {
                index.upsert(row.id(), documents.vacancy(row, kind));
            } catch (UnmappableRowException e) {
                rejected.record(e);
                index.delete(row.id());
            }
            written++;
        }
        return written;
    }

    private Map<String, EmployerKind> employerKinds(List<Vacancy> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(v -> ids.add(v.employerId()));
        Map<String, EmployerKind> kinds = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            for (Employer employer : employers.findByIdIn(chunk)) {
                kinds.put(employer.id(), employer.kind());
            }
        }
        return kinds;
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        rows.forEach(row -> map.put(id.apply(row), row));
        return map;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> list = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }
}
