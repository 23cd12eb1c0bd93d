package fr.tremplin.data.shortlist;

import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.Outbox;
import fr.tremplin.data.outbox.OutboxOperation;
import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.shortlist.ReasonCategory;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.Ids;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.placement.RowLocks;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What advisers do with shortlists: build, send, withdraw. Each command is one transaction that first locks
 * the shortlist row (READ COMMITTED: what it reads next is the latest committed state).
 */
@Singleton
public class ShortlistCommands {
    private static final Set<CandidateStatus> SEND = Set.of(CandidateStatus.PROPOSED);
    private static final Set<CandidateStatus> WITHDRAW = Set.of(CandidateStatus.WITHDRAWN);

    private final ShortlistRepository shortlists;
    private final ShortlistCandidateRepository candidates;
    private final VacancyRepository vacancies;
    private final CandidateRules rules;
    private final TransitionLog log;
    private final ProfileShares shares;
    private final ShortlistClosure closure;
    private final ShortlistAccess access;
    private final RowLocks locks;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ShortlistMails mails;

    public ShortlistCommands(ShortlistRepository shortlists, ShortlistCandidateRepository candidates,
                             VacancyRepository vacancies, CandidateRules rules, TransitionLog log, ProfileShares shares,
                             ShortlistClosure closure, ShortlistAccess access, RowLocks locks, Outbox outbox,
                             AuditLog audit, ShortlistMails mails) {
        this.audit = audit;
        this.mails = mails;
        this.locks = locks;
        this.outbox = outbox;
        this.shortlists = shortlists;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.rules = rules;
        this.log = log;
        this.shares = shares;
        this.closure = closure;
        this.access = access;
    }

    /** A DRAFT shortlist for an OPEN vacancy; 422 names each person who cannot be proposed. */
    public Shortlist create(String vacancyId, List<String> jobSeekerIds, @Nullable String note, Actor actor) {
        return create(vacancyId, jobSeekerIds, note, actor, false);
    }

    /**
     * The adviser's DRAFT shortlist for an OPEN vacancy: there is one open draft per vacancy and adviser, so when
     * the adviser already has one the people are added to it (and the note kept) instead of making a second one.
     * 422 names each person who cannot be proposed; 409 ({@link RepeatProposalException}) names those who were
     * proposed for this vacancy or declined by this employer recently, unless {@code confirmRepeat}.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Shortlist create(String vacancyId, List<String> jobSeekerIds, @Nullable String note, Actor actor,
                            boolean confirmRepeat) {
        locks.vacancy(vacancyId); // two tabs of the same adviser queue here and find one draft
        Vacancy vacancy = vacancies.findById(vacancyId)
                .orElseThrow(() -> new InvalidDataException("vacancyId", "offre inconnue : " + vacancyId));
        requireOpen(vacancy);
        Optional<Shortlist> draft = openDraft(vacancy.id(), actor);
        if (draft.isPresent()) {
            return addCandidates(draft.get().id(), jobSeekerIds, actor, confirmRepeat);
        }
        List<String> ids = CandidateRules.distinct(jobSeekerIds);
        List<JobSeeker> people = rules.checkNew(vacancy.id(), ids, 0);
        if (!confirmRepeat) {
            rules.checkRepeats(vacancy.id(), vacancy.employerId(), ids);
        }
        Instant at = log.now();
        Shortlist shortlist = shortlists.save(new Shortlist(Ids.newId(), vacancy.id(), vacancy.employerId(), actor.unit(),
                blankToNull(note), ShortlistStatus.DRAFT, actor.username(), at, null, null, null, at, 0L));
        log.created(shortlist.id(), null, ShortlistStatus.DRAFT.name(), actor, at);
        addAll(shortlist, people, 0, actor, at);
        return shortlist;
    }

    /** The adviser's open (DRAFT) shortlist for the vacancy, if any: the one new people are added to. */
    @Transactional(readOnly = true)
    public Optional<Shortlist> openDraft(String vacancyId, Actor actor) {
        return shortlists.findFirstByVacancyIdAndCreatedByAndStatusOrderByCreatedAt(vacancyId, actor.username(),
                ShortlistStatus.DRAFT);
    }

    /** More people on a DRAFT shortlist. */
    public Shortlist addCandidates(String shortlistId, List<String> jobSeekerIds, Actor actor) {
        return addCandidates(shortlistId, jobSeekerIds, actor, false);
    }

    /** More people on a DRAFT shortlist; repeats (see {@link #create}) need {@code confirmRepeat}. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Shortlist addCandidates(String shortlistId, List<String> jobSeekerIds, Actor actor, boolean confirmRepeat) {
        locks.shortlist(shortlistId);
        Shortlist shortlist = access.forAdviser(shortlistId, actor);
        if (shortlist.status() != ShortlistStatus.DRAFT) {
            throw new ConflictException("status", "On ne peut ajouter des personnes qu'à une liste en brouillon ;"
                    + " celle-ci est " + shortlist.status().label() + ". Créez une nouvelle liste pour cette offre.");
        }
        List<ShortlistCandidate> current = candidates.findByShortlistIdOrderByListOrder(shortlist.id());
        List<String> ids = CandidateRules.distinct(jobSeekerIds);
        List<JobSeeker> people = rules.checkNew(shortlist.vacancyId(), ids,
                (int) current.stream().filter(c -> c.status().isOpen()).count());
        if (!confirmRepeat) {
            rules.checkRepeats(shortlist.vacancyId(), shortlist.employerId(), ids);
        }
        Shortlist touched = log.touch(shortlist);
        addAll(touched, people, current.size(), actor, log.now());
        return touched;
    }

    /**
     * DRAFT → SENT: every person still on the list is proposed (PROPOSED), after checking again consent and
     * availability, and the share of the pseudonymised profile is recorded.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Shortlist send(String shortlistId, Actor actor) {
        locks.shortlist(shortlistId);
        Shortlist shortlist = access.forAdviser(shortlistId, actor);
        TransitionLog.require(shortlist, ShortlistStatus.SENT);
        List<ShortlistCandidate> drafts = candidates.findByShortlistIdOrderByListOrder(shortlist.id()).stream()
                .filter(c -> c.status() == CandidateStatus.DRAFT).toList();
        if (drafts.isEmpty()) {
            throw new InvalidDataException("jobSeekerIds", "la liste ne contient plus personne à proposer");
        }
        requireOpen(vacancies.findById(shortlist.vacancyId())
                .orElseThrow(() -> new ConflictException("vacancyId", "L'offre de cette liste a été supprimée.")));
        Map<String, JobSeeker> people = rules.checkBeforeSending(drafts.stream().map(ShortlistCandidate::jobSeekerId).toList());
        Shortlist sent = log.move(shortlist, ShortlistStatus.SENT, null, null, actor);
        for (ShortlistCandidate draft : drafts) {
            log.move(draft, CandidateStatus.PROPOSED, SEND, null, null, actor);
            JobSeeker person = people.get(draft.jobSeekerId());
            shares.record(person, sent, ShareLevel.PSEUDONYMISED, actor, sent.sentAt());
            audit.record(auditor(actor), AuditAction.SHARE, person.id(), person.employmentUnit(),
                    "profil pseudonymisé transmis à l'employeur " + sent.employerId() + " (liste " + sent.id() + ")");
            // the index re-reads the person: "waiting without a proposal" now counts from this sending
            outbox.record(AggregateType.JOB_SEEKER, draft.jobSeekerId(), OutboxOperation.UPSERT);
        }
        mails.sent(sent, drafts.size());
        return sent;
    }

    /** The adviser takes back the whole shortlist: every open proposal is WITHDRAWN with the reason. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public Shortlist withdraw(String shortlistId, String reasonCode, @Nullable String comment, Actor actor) {
        Reason reason = withdrawalReason(reasonCode, comment);
        locks.shortlist(shortlistId);
        Shortlist shortlist = access.forAdviser(shortlistId, actor);
        TransitionLog.require(shortlist, ShortlistStatus.WITHDRAWN);
        for (ShortlistCandidate c : candidates.findByShortlistIdOrderByListOrder(shortlist.id())) {
            if (c.status().isOpen()) {
                log.move(c, CandidateStatus.WITHDRAWN, WITHDRAW, reason, blankToNull(comment), actor);
            }
        }
        return log.move(shortlist, ShortlistStatus.WITHDRAWN, reason, blankToNull(comment), actor);
    }

    /** The adviser takes back one person; the shortlist closes if nobody is left open on it. */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public ShortlistCandidate withdrawCandidate(String shortlistId, String jobSeekerId, String reasonCode,
                                                @Nullable String comment, Actor actor) {
        Reason reason = withdrawalReason(reasonCode, comment);
        locks.shortlist(shortlistId);
        Shortlist shortlist = access.forAdviser(shortlistId, actor);
        ShortlistCandidate candidate = access.candidate(shortlist, jobSeekerId);
        ShortlistCandidate moved = log.move(candidate, CandidateStatus.WITHDRAWN, WITHDRAW, reason,
                blankToNull(comment), actor);
        closure.closeIfSettled(shortlist.id(), actor);
        return moved;
    }

    private void addAll(Shortlist shortlist, List<JobSeeker> people, int firstOrder, Actor actor, Instant at) {
        int order = firstOrder;
        for (JobSeeker seeker : people) {
            candidates.save(new ShortlistCandidate(Ids.newId(), shortlist.id(), seeker.id(), order++,
                    CandidateStatus.DRAFT, null, null, at, null, at, at, 0L));
            log.created(shortlist.id(), seeker.id(), CandidateStatus.DRAFT.name(), actor, at);
            if (actor.unit() != null && !actor.unit().equals(seeker.employmentUnit())) {
                audit.record(auditor(actor), AuditAction.SHARE, seeker.id(), seeker.employmentUnit(),
                        "proposée par l'unité " + actor.unit() + " sur la liste " + shortlist.id() + " (offre "
                                + shortlist.vacancyId() + ")");
            }
        }
    }

    static Auditor auditor(Actor actor) {
        return new Auditor(actor.username(), actor.roleName());
    }

    static Reason withdrawalReason(String code, @Nullable String comment) {
        Reason reason = Reason.find(code == null ? "" : code, ReasonCategory.WITHDRAWAL).orElseThrow(() ->
                new InvalidDataException("reason", "motif de retrait obligatoire, parmi : "
                        + Reason.codes(ReasonCategory.WITHDRAWAL)));
        requireCommentFor(reason, comment);
        return reason;
    }

    static void requireCommentFor(Reason reason, @Nullable String comment) {
        if (reason.needsComment() && (comment == null || comment.isBlank())) {
            throw new InvalidDataException("comment", "obligatoire avec le motif " + reason + " : précisez le motif");
        }
    }

    static void requireOpen(Vacancy vacancy) {
        if (vacancy.status() != VacancyStatus.OPEN) {
            throw new ConflictException("vacancyId", "L'offre " + vacancy.id() + " n'est plus ouverte (statut "
                    + vacancy.status() + ") : on ne peut plus y proposer de candidats.");
        }
    }

    static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static NotFoundException notOnList(String shortlistId, String jobSeekerId) {
        return new NotFoundException("La personne", jobSeekerId + " sur la liste " + shortlistId);
    }
}
