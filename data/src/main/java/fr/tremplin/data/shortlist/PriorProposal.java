package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;

import java.time.Instant;

/**
 * What makes proposing a person again worth a second thought: the person was already sent to the employer for
 * this vacancy, or this employer declined them recently (on any of its vacancies).
 *
 * @param jobSeekerId the person
 * @param kind        which of the two
 * @param status      where that earlier proposal stands (DECLINED, EXPIRED, WITHDRAWN...)
 * @param at          when it reached that state
 * @param vacancyId   the vacancy of that earlier proposal
 */
public record PriorProposal(String jobSeekerId, Kind kind, CandidateStatus status, Instant at, String vacancyId) {

    public enum Kind {
        /** Sent for this very vacancy before (the proposal is closed; an open one is refused outright). */
        SAME_VACANCY,
        /** Declined by this employer within the configured window ({@code tremplin.shortlists.repeat-warning-months}). */
        DECLINED_BY_EMPLOYER
    }
}
