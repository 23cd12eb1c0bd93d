package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.data.placement.RowLocks;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading shortlists, scoped by {@link ShortlistAccess}: an employer user lists only the shortlists sent to
 * its employer (an employer group sees those of all its vacancies at once). When an employer user opens a
 * shortlist, its PROPOSED candidates become VIEWED.
 */
@Singleton
public class ShortlistReader {
    private static final Set<CandidateStatus> VIEW = Set.of(CandidateStatus.VIEWED);

    private final ShortlistRepository shortlists;
    private final ShortlistCandidateRepository candidates;
    private final ShortlistTransitionRepository transitions;
    private final ShortlistAccess access;
    private final TransitionLog log;
    private final SeekerLookup seekers;
    private final VacancyLookup vacancies;
    private final ShortlistSettings settings;
    private final RowLocks locks;

    public ShortlistReader(ShortlistRepository shortlists, ShortlistCandidateRepository candidates,
                           ShortlistTransitionRepository transitions, ShortlistAccess access, TransitionLog log,
                           SeekerLookup seekers, VacancyLookup vacancies, ShortlistSettings settings, RowLocks locks) {
        this.locks = locks;
        this.seekers = seekers;
        this.vacancies = vacancies;
        this.settings = settings;
        this.shortlists = shortlists;
        this.candidates = candidates;
        this.transitions = transitions;
        this.access = access;
        this.log = log;
    }

    @ReadOnly
    public Page<Shortlist> list(ShortlistFilter filter, Actor actor, Pageable pageable) {
        String employer = actor.isEmployer() ? actor.employerId() : filter.employer();
        if (actor.isEmployer() && filter.employer() != null && !filter.employer().equals(actor.employerId())) {
            return Page.of(List.of(), pageable, 0L);
        }
        return shortlists.search(employer, filter.vacancy(), filter.status() == null ? null : filter.status().name(),
                filter.unit(), actor.isEmployer(), filter.jobSeeker(), pageable);
    }

    @ReadOnly
    public Shortlist get(String id, Actor actor) {
        return access.forReading(id, actor);
    }

    /** Reads a shortlist; an employer user opening it marks its PROPOSED candidates VIEWED. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Shortlist open(String id, Actor actor) {
        Shortlist shortlist = access.forReading(id, actor);
        if (actor.isEmployer() && shortlist.status() == ShortlistStatus.SENT) {
            locks.shortlist(shortlist.id());
            for (ShortlistCandidate c : candidates.findByShortlistIdOrderByListOrder(shortlist.id())) {
                if (c.status() == CandidateStatus.PROPOSED) {
                    log.move(c, CandidateStatus.VIEWED, VIEW, null, null, actor);
                }
            }
        }
        return shortlist;
    }

    /** The shortlists with their vacancy, candidates and people, read in a few batched queries. */
    @ReadOnly
    public List<ShortlistDetails> details(List<Shortlist> lists) {
        if (lists.isEmpty()) {
            return List.of();
        }
        Map<String, List<ShortlistCandidate>> byList = candidates(lists.stream().map(Shortlist::id).toList());
        Set<String> seekerIds = byList.values().stream().flatMap(List::stream).map(ShortlistCandidate::jobSeekerId)
                .collect(Collectors.toSet());
        Map<String, JobSeeker> people = seekerIds.isEmpty() ? Map.of() : seekers.findByIdIn(seekerIds).stream()
                .collect(Collectors.toMap(JobSeeker::id, Function.identity()));
        Map<String, Vacancy> offers = vacancies.findByIdIn(lists.stream().map(Shortlist::vacancyId).distinct().toList())
                .stream().collect(Collectors.toMap(Vacancy::id, Function.identity()));
        return lists.stream().map(l -> new ShortlistDetails(l, offers.get(l.vacancyId()),
                byList.getOrDefault(l.id(), List.of()), people,
                l.status() == ShortlistStatus.SENT ? settings.policy().answerDeadline(l.sentAt(), l.remindedAt()) : null))
                .toList();
    }

    @ReadOnly
    public ShortlistDetails details(Shortlist shortlist) {
        return details(List.of(shortlist)).getFirst();
    }

    /** Every vacancy of an employer, latest first, with the state of the shortlists sent to it. */
    @ReadOnly
    public List<VacancyOverview> overview(String employerId) {
        Map<String, List<Shortlist>> sent = shortlists.findByEmployerIdAndSentAtIsNotNull(employerId).stream()
                .collect(Collectors.groupingBy(Shortlist::vacancyId));
        Map<String, List<ShortlistCandidate>> byList = candidates(sent.values().stream().flatMap(List::stream)
                .map(Shortlist::id).toList());
        return vacancies.findByEmployerIdOrderByCreatedAtDesc(employerId).stream().map(v -> {
            List<Shortlist> lists = sent.getOrDefault(v.id(), List.of());
            List<CandidateStatus> states = lists.stream().flatMap(l -> byList.getOrDefault(l.id(), List.of()).stream())
                    .map(ShortlistCandidate::status).toList();
            return new VacancyOverview(v.id(), v.title(), v.status().name(), v.positions(), lists.size(),
                    states.stream().filter(CandidateStatus::awaitsAnswer).count(),
                    states.stream().filter(st -> st == CandidateStatus.INTERVIEW).count(),
                    states.stream().filter(st -> st == CandidateStatus.HIRED).count(),
                    states.stream().filter(st -> st == CandidateStatus.DECLINED).count());
        }).toList();
    }

    /** The candidates of these shortlists, by shortlist id, in list order. */
    @ReadOnly
    public Map<String, List<ShortlistCandidate>> candidates(Collection<String> shortlistIds) {
        if (shortlistIds.isEmpty()) {
            return Map.of();
        }
        return candidates.findByShortlistIdInOrderByListOrder(shortlistIds).stream()
                .collect(Collectors.groupingBy(ShortlistCandidate::shortlistId));
    }

    @ReadOnly
    public ShortlistCandidate candidate(String shortlistId, String jobSeekerId, Actor actor) {
        return access.candidate(access.forReading(shortlistId, actor), jobSeekerId);
    }

    /** The history; an employer user sees it from the sending on (not the adviser's drafting). */
    @ReadOnly
    public List<ShortlistTransition> history(String id, Actor actor) {
        Shortlist shortlist = access.forReading(id, actor);
        List<ShortlistTransition> all = transitions.findByShortlistIdOrderById(shortlist.id());
        if (!actor.isEmployer()) {
            return all;
        }
        return all.stream().filter(t -> !t.occurredAt().isBefore(shortlist.sentAt())).toList();
    }
}
