package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.IllegalTransitionException;
import fr.tremplin.core.shortlist.PlacementTerms;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.shortlist.ReasonCategory;
import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.Deadlocks;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.placement.HireResult;
import fr.tremplin.data.placement.PlacementService;
import fr.tremplin.data.placement.RowLocks;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerRepository;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.data.vacancy.VacancyRepository;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Employers' answers (or an adviser recording one on the employer's behalf), one person at a time.
 * INTERVIEW shares the person's contact details with the employer (recorded); HIRED creates the placement,
 * makes the person PLACED, takes a position off the vacancy and closes what the hire overtakes.
 */
@Singleton
public class OutcomeService {
    /** How an answer recorded by an adviser is marked, before the adviser's mandatory note. */
    public static final String ON_BEHALF = "Réponse enregistrée par le conseiller au nom de l'employeur : ";

    private final ShortlistAccess access;
    private final TransitionLog log;
    private final ProfileShares shares;
    private final ShortlistClosure closure;
    private final PlacementService placements;
    private final JobSeekerRepository seekers;
    private final VacancyRepository vacancies;
    private final Clock clock;
    private final RowLocks locks;
    private final AuditLog audit;
    private final ShortlistMails mails;

    public OutcomeService(ShortlistAccess access, TransitionLog log, ProfileShares shares, ShortlistClosure closure,
                          PlacementService placements, JobSeekerRepository seekers, VacancyRepository vacancies,
                          Clock clock, RowLocks locks, AuditLog audit, ShortlistMails mails) {
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
        this.locks = locks;
        this.access = access;
        this.log = log;
        this.shares = shares;
        this.closure = closure;
        this.placements = placements;
        this.seekers = seekers;
        this.vacancies = vacancies;
    }

    /**
     * {@code personRef}: the person's id, or for an employer the alias it was shown on this shortlist.
     * Runs in READ COMMITTED after locking, in this order, the vacancy and the person (for a hire) and the
     * shortlist, so that concurrent answers queue and each one reads the state the previous one left.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public OutcomeResult answer(String shortlistId, String personRef, Answer answer, Actor actor) {
        try {
            return answerLocked(shortlistId, personRef, answer, actor);
        } catch (DataAccessException e) {
            if (Deadlocks.isDeadlock(e)) {
                throw concurrentChange();
            }
            throw e;
        }
    }

    private OutcomeResult answerLocked(String shortlistId, String personRef, Answer answer, Actor actor) {
        if (answer.outcome() == null) {
            throw new InvalidDataException("outcome", "obligatoire : INTERVIEW, HIRED ou DECLINED");
        }
        if (!actor.isEmployer() && (answer.comment() == null || answer.comment().isBlank())) {
            throw new InvalidDataException("comment", "obligatoire quand un conseiller enregistre la réponse au nom de"
                    + " l'employeur : précisez comment elle a été donnée (appel, courriel…)");
        }
        Shortlist visible = access.forReading(shortlistId, actor);
        String jobSeekerId = access.candidate(visible, personRef, actor).jobSeekerId();
        if (answer.outcome() == CandidateStatus.HIRED) {
            locks.vacancy(visible.vacancyId());
            locks.seeker(jobSeekerId);
        }
        locks.shortlist(visible.id());
        Shortlist shortlist = access.forReading(shortlistId, actor);
        ShortlistCandidate candidate = access.candidate(shortlist, jobSeekerId);
        try {
            candidate.status().requireMoveTo(answer.outcome(), CandidateStatus.ANSWERS);
        } catch (IllegalTransitionException e) {
            throw new TransitionConflictException("outcome", e);
        }
        Reason reason = reasonOf(answer);
        String comment = actor.isEmployer() ? ShortlistCommands.blankToNull(answer.comment())
                : cut(ON_BEHALF + answer.comment().strip());
        if (actor.isEmployer()) { // an adviser recording the answer already knows it
            mails.answered(shortlist, answer.outcome(), reason);
        }
        return switch (answer.outcome()) {
            case INTERVIEW -> interview(shortlist, candidate, comment, actor);
            case HIRED -> hire(shortlist, candidate, answer, comment, actor);
            default -> {
                ShortlistCandidate declined = log.move(candidate, CandidateStatus.DECLINED, CandidateStatus.ANSWERS,
                        reason, comment, actor);
                closure.closeIfSettled(shortlist.id(), actor);
                yield new OutcomeResult(declined, null);
            }
        };
    }

    private OutcomeResult interview(Shortlist shortlist, ShortlistCandidate candidate, String comment, Actor actor) {
        JobSeeker seeker = seekers.findById(candidate.jobSeekerId()).orElseThrow(() ->
                new ConflictException("jobSeekerId", "La personne " + candidate.jobSeekerId() + " a été effacée."));
        if (!seeker.consentToShare()) {
            throw new ConflictException("jobSeekerId", "La personne a retiré son accord pour que son profil soit"
                    + " transmis : ses coordonnées ne peuvent pas être communiquées. Le conseiller peut la retirer"
                    + " de la liste (motif CONSENT_WITHDRAWN).");
        }
        ShortlistCandidate moved = log.move(candidate, CandidateStatus.INTERVIEW, CandidateStatus.ANSWERS, null,
                comment, actor);
        shares.record(seeker, shortlist, ShareLevel.CONTACT, actor, moved.statusChangedAt());
        audit.record(ShortlistCommands.auditor(actor), AuditAction.SHARE, seeker.id(), seeker.employmentUnit(),
                "coordonnées transmises à l'employeur " + shortlist.employerId() + " (liste " + shortlist.id() + ")");
        return new OutcomeResult(moved, null);
    }

    private OutcomeResult hire(Shortlist shortlist, ShortlistCandidate candidate, Answer answer, String comment,
                               Actor actor) {
        Vacancy vacancy = vacancies.findById(shortlist.vacancyId()).orElseThrow(() ->
                new ConflictException("vacancyId", "L'offre " + shortlist.vacancyId() + " a été supprimée."));
        PlacementTerms terms = new PlacementTerms(
                answer.contractType() == null ? vacancy.contractType() : answer.contractType(),
                answer.startDate() != null ? answer.startDate()
                        : vacancy.startDate() != null ? vacancy.startDate() : LocalDate.ofInstant(log.now(), clock.getZone()),
                answer.endDate(),
                answer.hoursPerWeek() == null ? vacancy.hoursPerWeek() : answer.hoursPerWeek());
        HireResult hire = placements.hire(candidate.jobSeekerId(), vacancy.id(), shortlist.id(), terms, actor.username());
        ShortlistCandidate hired = log.move(candidate, CandidateStatus.HIRED, CandidateStatus.ANSWERS, null, comment, actor);
        closure.closeOtherProposals(candidate.jobSeekerId());
        if (hire.vacancyFilled()) {
            closure.closeFilledVacancy(vacancy.id());
        }
        closure.closeIfSettled(shortlist.id(), actor);
        return new OutcomeResult(hired, hire.placement());
    }

    /** The comment column holds 1,000 characters. */
    private static String cut(String comment) {
        return comment.length() <= 1000 ? comment : comment.substring(0, 999) + "…";
    }

    private static Reason reasonOf(Answer answer) {
        if (answer.outcome() != CandidateStatus.DECLINED) {
            if (answer.reason() != null && !answer.reason().isBlank()) {
                throw new InvalidDataException("reason", "un motif ne s'indique qu'avec DECLINED ; utilisez comment"
                        + " pour une précision");
            }
            return null;
        }
        Reason reason = Reason.find(answer.reason() == null ? "" : answer.reason().strip(), ReasonCategory.DECLINE)
                .orElseThrow(() -> new InvalidDataException("reason", "motif obligatoire avec DECLINED, parmi : "
                        + Reason.codes(ReasonCategory.DECLINE)));
        ShortlistCommands.requireCommentFor(reason, answer.comment());
        return reason;
    }

    private static ConflictException concurrentChange() {
        return new ConflictException("version", "Une autre modification de cette liste était en cours au même moment :"
                + " rien n'a été enregistré. Rechargez la liste, puis recommencez.");
    }
}
