package fr.tremplin.data.seeker;

import fr.tremplin.core.shortlist.Reason;

/**
 * What the person's service needs from the shortlists: closing the open proposals of a person who can no longer be
 * proposed, inside the caller's write transaction. Implemented by the shortlist package ({@code ShortlistClosure}),
 * so that seeker does not depend on shortlist (which depends on seeker).
 */
public interface ProposalClosing {

    /** Closes every open proposal of the person, with this reason, in the caller's transaction. */
    void closeProposalsOf(String jobSeekerId, Reason reason);
}
