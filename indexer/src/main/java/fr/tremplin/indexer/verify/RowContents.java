package fr.tremplin.indexer.verify;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.ContentHash;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.index.EmployerSource;
import fr.tremplin.data.index.ProposalDates;
import fr.tremplin.data.index.SeekerSource;
import fr.tremplin.data.index.VacancySource;
import fr.tremplin.data.index.VersionScan;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.indexer.mapping.IndexDocuments;
import fr.tremplin.indexer.mapping.UnmappableRowException;
import fr.tremplin.indexer.store.IndexKind;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The database side of the check: for each row, its version and the content hash of the document the indexer's
 * mapping ({@link IndexDocuments}, the same code as indexing) builds from it now. Reads the table in keyset pages.
 */
@Singleton
public class RowContents {

    private static final int PAGE = 2_000;
    private static final int IN_CHUNK = 500;

    private final SeekerSource seekers;
    private final VacancySource vacancies;
    private final EmployerSource employers;
    private final ProposalDates proposals;
    private final IndexDocuments documents;
    private final VersionScan versions;

    public RowContents(SeekerSource seekers, VacancySource vacancies, EmployerSource employers,
                       ProposalDates proposals, IndexDocuments documents, VersionScan versions) {
        this.versions = versions;
        this.seekers = seekers;
        this.vacancies = vacancies;
        this.employers = employers;
        this.proposals = proposals;
        this.documents = documents;
    }

    /** Id → state of every row of the table behind {@code kind}. */
    public Map<String, DocState> all(IndexKind kind) {
        Map<String, DocState> states = new HashMap<>();
        Map<String, EmployerKind> kinds = new ConcurrentHashMap<>();
        String after = "";
        while (true) {
            List<?> page = kind == IndexKind.SEEKERS
                    ? seekers.findByIdGreaterThanOrderByIdAsc(after, Pageable.from(0, PAGE))
                    : vacancies.findByIdGreaterThanOrderByIdAsc(after, Pageable.from(0, PAGE));
            if (page.isEmpty()) {
                return states;
            }
            after = add(kind, page, states, kinds);
            if (page.size() < PAGE) {
                return states;
            }
        }
    }

    /**
     * Id → state of every row; the content hash only for the ids {@code compare} accepts (the others have
     * {@link DocState#NOT_COMPARED}): versions come from one cheap scan, entities are read for those ids only.
     */
    public Map<String, DocState> versionsAndSlice(IndexKind kind, java.util.function.Predicate<String> compare) {
        Map<String, Long> all = versions.all(kind == IndexKind.SEEKERS ? VersionScan.Table.JOB_SEEKER
                : VersionScan.Table.VACANCY);
        Map<String, DocState> states = new HashMap<>();
        List<String> compared = new ArrayList<>();
        all.forEach((id, version) -> {
            if (compare.test(id)) {
                compared.add(id);
            } else {
                states.put(id, new DocState(version, DocState.NOT_COMPARED));
            }
        });
        states.putAll(of(kind, compared));
        return states;
    }

    /** Id → state of those of {@code ids} that exist now. */
    public Map<String, DocState> of(IndexKind kind, Collection<String> ids) {
        Map<String, DocState> states = new HashMap<>();
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += IN_CHUNK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + IN_CHUNK));
            List<?> rows = kind == IndexKind.SEEKERS ? seekers.findByIdIn(chunk) : vacancies.findByIdIn(chunk);
            add(kind, rows, states, new HashMap<>());
        }
        return states;
    }

    /** Adds the rows' states; returns the last id. */
    private String add(IndexKind kind, List<?> rows, Map<String, DocState> into, Map<String, EmployerKind> kinds) {
        String last = "";
        if (kind == IndexKind.SEEKERS) {
            @SuppressWarnings("unchecked")
            List<JobSeeker> page = (List<JobSeeker>) rows;
            Map<String, java.time.Instant> lastProposals = page.isEmpty() ? Map.of()
                    : proposals.lastProposalOf(page.stream().map(JobSeeker::id).toList());
            for (JobSeeker row : page) {
                into.put(row.id(), state(version(row.version()), () -> documents.seeker(row, lastProposals.get(row.id()))));
                last = row.id();
            }
        } else {
            @SuppressWarnings("unchecked")
            List<Vacancy> page = (List<Vacancy>) rows;
            List<String> unknown = page.stream().map(Vacancy::employerId).filter(id -> !kinds.containsKey(id))
                    .distinct().toList();
            if (!unknown.isEmpty()) {
                for (Employer e : employers.findByIdIn(unknown)) {
                    kinds.put(e.id(), e.kind());
                }
            }
            for (Vacancy row : page) {
                EmployerKind employerKind = kinds.get(row.employerId());
                into.put(row.id(), employerKind == null ? new DocState(version(row.version()), DocState.UNMAPPABLE)
                        : state(version(row.version()), () -> documents.vacancy(row, employerKind)));
                last = row.id();
            }
        }
        return last;
    }

    private static long version(Long version) {
        return version == null ? 0 : version;
    }

    private static DocState state(long version, Supplier<Document> document) {
        try {
            return new DocState(version, ContentHash.of(document.get()));
        } catch (UnmappableRowException e) {
            return new DocState(version, DocState.UNMAPPABLE);
        }
    }
}
