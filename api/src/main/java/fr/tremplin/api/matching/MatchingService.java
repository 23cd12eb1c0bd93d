package fr.tremplin.api.matching;

import fr.tremplin.api.common.ReferentialChecks;
import fr.tremplin.api.fault.Faults;
import fr.tremplin.api.health.HealthMonitor;
import fr.tremplin.api.matching.MatchDtos.CandidateItem;
import fr.tremplin.api.matching.MatchDtos.MatchPage;
import fr.tremplin.api.matching.MatchDtos.VacancyItem;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.ranking.CandidateHit;
import fr.tremplin.core.ranking.CandidateQuery;
import fr.tremplin.core.ranking.FacetFilter;
import fr.tremplin.core.ranking.FreeSearchQuery;
import fr.tremplin.core.ranking.PageRequest;
import fr.tremplin.core.ranking.RankedPage;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.ranking.VacancyHit;
import fr.tremplin.core.ranking.VacancyQuery;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.shortlist.Pseudonyms;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.index.EmployerSource;
import fr.tremplin.data.index.ProposalDates;
import fr.tremplin.data.index.VacancySource;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.seeker.SeekerName;
import fr.tremplin.data.seeker.SeekerNames;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.store.SearchFunction;
import fr.tremplin.indexer.mapping.IndexDocuments;
import fr.tremplin.indexer.mapping.SeekerDisplays;
import fr.tremplin.indexer.mapping.SeekerDisplays.SeekerDisplay;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The three matching questions of the contract: who fits this vacancy, which vacancies fit this person, and free
 * search. The vacancy or person is read from the database and turned into the same view the index was built from;
 * the ranking runs on the live searcher; names come back from the database for the page only (four columns,
 * {@link SeekerNames}), and only for the people whose names were not read here since they last changed
 * ({@link RememberedNames}).
 * <p>A vacancy's view is read again only when a change of the vacancy or its employer was told since it was last read
 * here ({@link RememberedVacancies}).
 * <p>While the database is away (known DOWN by {@link HealthMonitor}, or a read fails with a database fault), the
 * candidate rankings still answer from the index: the vacancy's view as it was last read here ({@link RememberedVacancies}),
 * names and units from the index's stored display fields; the page says
 * so ({@link MatchPage#stale()}, header {@value #STALE_HEADER}). A vacancy never read since the start, and the
 * vacancies of a person (the person's row is needed), still answer 503.
 */
@Singleton
public class MatchingService {
    /** Response header of a page answered from the index alone while the database is away. */
    public static final String STALE_HEADER = "X-Tremplin-Donnees";
    public static final String STALE_VALUE = "perimees";

    private final HealthMonitor health;
    private final RememberedVacancies views;
    private final RememberedNames names;
    private final Ranking ranking;
    private final IndexService index;
    private final IndexDocuments documents;
    private final VacancyService vacancies;
    private final EmployerService employers;
    private final JobSeekerService seekers;
    private final SeekerNames seekerNames;
    private final VacancySource vacancyRows;
    private final EmployerSource employerRows;
    private final Referential referential;
    private final ReferentialChecks checks;
    private final ProposalDates proposals;

    public MatchingService(Ranking ranking, IndexService index, IndexDocuments documents, VacancyService vacancies,
                           EmployerService employers, JobSeekerService seekers, SeekerNames seekerNames,
                           VacancySource vacancyRows, EmployerSource employerRows, Referential referential,
                           ReferentialChecks checks, ProposalDates proposals, HealthMonitor health,
                           RememberedVacancies views, RememberedNames names) {
        this.health = health;
        this.views = views;
        this.names = names;
        this.proposals = proposals;
        this.ranking = ranking;
        this.index = index;
        this.documents = documents;
        this.vacancies = vacancies;
        this.employers = employers;
        this.seekers = seekers;
        this.seekerNames = seekerNames;
        this.vacancyRows = vacancyRows;
        this.employerRows = employerRows;
        this.referential = referential;
        this.checks = checks;
    }

    public MatchPage<CandidateItem> candidates(String vacancyId, boolean strict, @Nullable String unit, int page, int size) {
        return candidates(vacancyId, strict, unit, FacetFilter.none(), page, size);
    }

    /** With facet values clicked by the adviser as extra filters (publics, programmes, distance band). */
    public MatchPage<CandidateItem> candidates(String vacancyId, boolean strict, @Nullable String unit,
                                               FacetFilter facets, int page, int size) {
        boolean up = databaseUp();
        VacancyIndexView view = up ? views.current(vacancyId) : views.remembered(vacancyId);
        boolean stale = !up && view != null;
        if (view == null) {
            try {
                view = readVacancy(vacancyId);
            } catch (RuntimeException e) {
                view = databaseFault(e) ? views.remembered(vacancyId) : null;
                if (view == null) {
                    throw e;
                }
                stale = true;
            }
        }
        CandidateQuery query = new CandidateQuery(view, strict, unit, PageRequest.of(page, size), facets);
        return candidatePage(searcher -> ranking.candidates(searcher, query), stale);
    }

    private VacancyIndexView readVacancy(String vacancyId) {
        long ticket = views.ticket();
        Vacancy vacancy = vacancies.get(vacancyId);
        Employer employer = employers.get(vacancy.employerId());
        VacancyIndexView view = documents.vacancyView(vacancy, employer.kind());
        views.remember(view, ticket);
        return view;
    }

    private boolean databaseUp() {
        return health.database().up();
    }

    private static boolean databaseFault(Throwable e) {
        return Faults.classify(e).filter(k -> k == Faults.Kind.DATABASE).isPresent();
    }

    public MatchPage<VacancyItem> vacanciesFor(String seekerId, boolean strict, int page, int size) {
        JobSeeker seeker = seekers.get(seekerId);
        SeekerIndexView view = documents.seekerView(seeker, proposals.lastProposalOf(List.of(seekerId)).get(seekerId));
        VacancyQuery query = new VacancyQuery(view, strict, PageRequest.of(page, size));
        RankedPage<VacancyHit> ranked = index.withVacancySearcher(searcher -> ranking.vacancies(searcher, query));
        List<String> ids = ranked.hits().stream().map(VacancyHit::vacancyId).toList();
        Map<String, Vacancy> rows = ids.isEmpty() ? Map.of()
                : vacancyRows.findByIdIn(ids).stream().collect(Collectors.toMap(Vacancy::id, Function.identity()));
        Set<String> employerIds = rows.values().stream().map(Vacancy::employerId).collect(Collectors.toSet());
        Map<String, Employer> employerById = employerIds.isEmpty() ? Map.of()
                : employerRows.findByIdIn(employerIds).stream().collect(Collectors.toMap(Employer::id, Function.identity()));
        List<VacancyItem> items = new ArrayList<>();
        for (VacancyHit hit : ranked.hits()) {
            Vacancy v = rows.get(hit.vacancyId());
            if (v == null) {
                continue; // deleted between the search and this read: the next search will not return it
            }
            Employer e = employerById.get(v.employerId());
            items.add(new VacancyItem(v.id(), v.title(), v.employerId(), e == null ? "" : e.name(), v.occupation(),
                    v.communeInsee(), v.contractType().name(), hit.score(), hit.distanceKm(),
                    MatchDtos.explanation(hit.explanation(), this::skillLabel)));
        }
        return new MatchPage<>(items, ranked.total(), ranked.totalExact(), ranked.page(), ranked.size(),
                ranked.facets().counts(), false);
    }

    public MatchPage<CandidateItem> search(FreeSearchRequest r, int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        checks.commune("communeInsee", r.communeInsee(), errors);
        checks.occupations("occupations", r.occupations(), errors);
        checks.skills("skills", r.skills(), errors);
        if (r.radiusKm() != null && r.communeInsee() == null) {
            errors.add(new FieldError("communeInsee", "obligatoire quand un rayon est donné"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        Set<Public> publics = EnumSet.noneOf(Public.class);
        if (r.publics() != null) {
            r.publics().forEach(p -> publics.add(Public.valueOf(p)));
        }
        FreeSearchQuery query = new FreeSearchQuery(r.text(), r.occupations(), r.skills(), r.communeInsee(),
                r.radiusKm(), publics, r.licences() == null ? Set.of() : Set.copyOf(r.licences()), r.availableBefore(),
                r.unit(), PageRequest.of(page, size));
        return candidatePage(searcher -> ranking.search(searcher, query), !databaseUp());
    }

    /**
     * Ranks with {@code rank} and names the page's people from the database, or, when {@code fromIndex} or when
     * the database fails, from the index's stored display fields (the page is then marked stale).
     */
    private MatchPage<CandidateItem> candidatePage(SearchFunction<RankedPage<CandidateHit>> rank, boolean fromIndex) {
        if (fromIndex) {
            return indexedPage(rank);
        }
        RankedPage<CandidateHit> ranked = index.withSeekerSearcher(rank);
        List<String> ids = ranked.hits().stream().map(CandidateHit::seekerId).toList();
        long ticket = names.ticket();
        Map<String, SeekerDisplay> displays = names.known(ids);
        List<String> missing = ids.stream().filter(id -> !displays.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            List<SeekerName> rows;
            try {
                rows = seekerNames.findNames(missing);
            } catch (RuntimeException e) {
                if (!databaseFault(e)) {
                    throw e;
                }
                return indexedPage(rank);
            }
            Map<String, SeekerDisplay> read = new HashMap<>();
            // "Amina D.": first name and initial, as in the contract and as stored in the index
            rows.forEach(s -> read.put(s.id(), new SeekerDisplay(
                    Pseudonyms.displayName(s.firstName(), s.lastName()), s.employmentUnit())));
            names.remember(read, ticket);
            displays.putAll(read);
        }
        return page(ranked, displays, false);
    }

    private MatchPage<CandidateItem> indexedPage(SearchFunction<RankedPage<CandidateHit>> rank) {
        record Indexed(RankedPage<CandidateHit> ranked, Map<String, SeekerDisplay> displays) {
        }
        Indexed indexed = index.withSeekerSearcher(searcher -> {
            RankedPage<CandidateHit> ranked = rank.apply(searcher);
            return new Indexed(ranked, SeekerDisplays.read(searcher,
                    ranked.hits().stream().map(CandidateHit::seekerId).toList()));
        });
        return page(indexed.ranked(), indexed.displays(), true);
    }

    private MatchPage<CandidateItem> page(RankedPage<CandidateHit> ranked, Map<String, SeekerDisplay> displays,
                                          boolean stale) {
        List<CandidateItem> items = new ArrayList<>();
        for (CandidateHit hit : ranked.hits()) {
            SeekerDisplay s = displays.get(hit.seekerId());
            if (s == null) {
                continue; // erased between the search and this read
            }
            items.add(new CandidateItem(hit.seekerId(), s.displayName(), hit.score(), hit.distanceKm(),
                    s.employmentUnit(), MatchDtos.explanation(hit.explanation(), this::skillLabel)));
        }
        return new MatchPage<>(items, ranked.total(), ranked.totalExact(), ranked.page(), ranked.size(),
                ranked.facets().counts(), stale);
    }

    private String skillLabel(String code) {
        return referential.skill(code).map(Skill::label).orElse(code);
    }
}
