package fr.tremplin.data.shortlist;

import fr.tremplin.data.common.NotFoundException;
import jakarta.inject.Singleton;

/**
 * Who reaches which shortlist. Advisers, unit managers and administrators reach every shortlist; an employer
 * user reaches only the shortlists SENT to its own employer. Anything else is "not found", exactly like an
 * unknown id, so that an employer cannot learn that another employer's shortlist exists.
 */
@Singleton
public class ShortlistAccess {
    public static final String RESOURCE = "La liste de candidats";

    private final ShortlistRepository shortlists;
    private final ShortlistCandidateRepository candidates;

    public ShortlistAccess(ShortlistRepository shortlists, ShortlistCandidateRepository candidates) {
        this.shortlists = shortlists;
        this.candidates = candidates;
    }

    public Shortlist forAdviser(String id, Actor actor) {
        return shortlists.findById(id).orElseThrow(() -> notFound(id));
    }

    public Shortlist forReading(String id, Actor actor) {
        Shortlist shortlist = shortlists.findById(id).orElseThrow(() -> notFound(id));
        if (!visibleTo(shortlist, actor)) {
            throw notFound(id);
        }
        return shortlist;
    }

    public static boolean visibleTo(Shortlist shortlist, Actor actor) {
        return !actor.isEmployer()
                || shortlist.employerId().equals(actor.employerId()) && shortlist.sentAt() != null;
    }

    public ShortlistCandidate candidate(Shortlist shortlist, String jobSeekerId) {
        return candidates.findByShortlistIdAndJobSeekerId(shortlist.id(), jobSeekerId)
                .orElseThrow(() -> ShortlistCommands.notOnList(shortlist.id(), jobSeekerId));
    }

    /**
     * The person on the shortlist as this actor names them: employers by the alias they were shown (the id of the
     * person's entry on this shortlist, so that the same person cannot be linked across shortlists), everyone else
     * by the person's id.
     */
    public ShortlistCandidate candidate(Shortlist shortlist, String ref, Actor actor) {
        if (!actor.isEmployer()) {
            return candidate(shortlist, ref);
        }
        return candidates.findById(ref).filter(c -> c.shortlistId().equals(shortlist.id()))
                .orElseThrow(() -> ShortlistCommands.notOnList(shortlist.id(), ref));
    }

    /** The id an actor sees for a person on a shortlist: the alias for employers, the person's id otherwise. */
    public static String seenId(ShortlistCandidate candidate, Actor viewer) {
        return viewer.isEmployer() ? candidate.id() : candidate.jobSeekerId();
    }

    public static NotFoundException notFound(String id) {
        return new NotFoundException(RESOURCE, id);
    }
}
