package fr.tremplin.api.matching;

import fr.tremplin.api.common.ReferentialChecks;
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
import fr.tremplin.core.seeker.Public;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.index.EmployerSource;
import fr.tremplin.data.index.ProposalDates;
import fr.tremplin.data.index.SeekerSource;
import fr.tremplin.data.index.VacancySource;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.mapping.IndexDocuments;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three matching questions of the contract: who fits this vacancy, which vacancies fit this person, and free
 * search. The vacancy or person is read from the database and turned into the same view the index was built from;
 * the ranking runs on the live searcher; names come back from the database for the page only.
 */
@Singleton
public class MatchingService {
    private final Ranking ranking;
    private final IndexService index;
    private final IndexDocuments documents;
    private final VacancyService vacancies;
    private final EmployerService employers;
    private final JobSeekerService seekers;
    private final SeekerSource seekerRows;
    private final VacancySource vacancyRows;
    private final EmployerSource employerRows;
    private final Referential referential;
    private final ReferentialChecks checks;
    private final ProposalDates proposals;

    public MatchingService(Ranking ranking, IndexService index, IndexDocuments documents, VacancyService vacancies,
                           EmployerService employers, JobSeekerService seekers, SeekerSource seekerRows,
                           VacancySource vacancyRows, EmployerSource employerRows, Referential referential,
                           ReferentialChecks checks, ProposalDates proposals) {
        this.proposals = proposals;
        this.ranking = ranking;
        this.index = index;
        this.documents = documents;
        this.vacancies = vacancies;
        this.employers = employers;
        this.seekers = seekers;
        this.seekerRows = seekerRows;
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
        Vacancy vacancy = vacancies.get(vacancyId);
        Employer employer = employers.get(vacancy.employerId());
        VacancyIndexView view = documents.vacancyView(vacancy, employer.kind());
        CandidateQuery query = new CandidateQuery(view, strict, unit, PageRequest.of(page, size), facets);
        RankedPage<CandidateHit> ranked = index.withSeekerSearcher(searcher -> ranking.candidates(searcher, query));
        return candidatePage(ranked);
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
                ranked.facets().counts());
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
        RankedPage<CandidateHit> ranked = index.withSeekerSearcher(searcher -> ranking.search(searcher, query));
        return candidatePage(ranked);
    }

    private MatchPage<CandidateItem> candidatePage(RankedPage<CandidateHit> ranked) {
        List<String> ids = ranked.hits().stream().map(CandidateHit::seekerId).toList();
        Map<String, JobSeeker> rows = ids.isEmpty() ? Map.of()
                : seekerRows.findByIdIn(ids).stream().collect(Collectors.toMap(JobSeeker::id, Function.identity()));
        List<CandidateItem> items = new ArrayList<>();
        for (CandidateHit hit : ranked.hits()) {
            JobSeeker s = rows.get(hit.seekerId());
            if (s == null) {
                continue; // erased between the search and this read
            }
            items.add(new CandidateItem(s.id(), displayName(s), hit.score(), hit.distanceKm(), s.employmentUnit(),
                    MatchDtos.explanation(hit.explanation(), this::skillLabel)));
        }
        return new MatchPage<>(items, ranked.total(), ranked.totalExact(), ranked.page(), ranked.size(),
                ranked.facets().counts());
    }

    /** "Amina D.": first name and initial, as in the contract. */
    static String displayName(JobSeeker s) {
        String last = s.lastName().strip();
        return s.firstName().strip() + (last.isEmpty() ? "" : " " + Character.toUpperCase(last.charAt(0)) + ".");
    }

    private String skillLabel(String code) {
        return referential.skill(code).map(Skill::label).orElse(code);
    }
}
