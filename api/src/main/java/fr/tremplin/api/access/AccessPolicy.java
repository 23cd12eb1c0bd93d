package fr.tremplin.api.access;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.audit.AuditAction;
import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.data.shortlist.Shortlist;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The one place that decides who reaches a person's file, for the API and the web pages alike
 * (the table the authorization matrix test and docs/privacy.md read is {@link AccessRules}):
 * <ul>
 *   <li>ADMIN reads and changes every person;</li>
 *   <li>ADVISER and UNIT_MANAGER read in full and change only the people of their own employment unit; people of
 *       other units still appear in rankings and free search (pseudonymised display name, unit, score,
 *       explanation), opening or changing their file answers 403;</li>
 *   <li>erasure: UNIT_MANAGER of the person's unit and ADMIN, with a reason;</li>
 *   <li>shortlists are changed only by advisers of the shortlist's unit.</li>
 * </ul>
 * Every opening of a full record is written to the audit here ({@link AuditAction#READ}, or
 * {@link AuditAction#SEARCH_HIT_OPENED} when opened from a ranking or a search).
 */
@Singleton
public class AccessPolicy {
    private final JobSeekerService seekers;
    private final AuditLog audit;

    public AccessPolicy(JobSeekerService seekers, AuditLog audit) {
        this.seekers = seekers;
        this.audit = audit;
    }

    /** The person's full record for this caller (403 outside their unit), recorded in the audit. */
    public JobSeeker open(CurrentUser user, String id, AuditAction how) {
        JobSeeker seeker = seekers.get(id);
        requireSameUnit(user, seeker, "ouvrir la fiche complète de");
        audit.record(auditor(user), how, seeker.id(), seeker.employmentUnit(), null);
        return seeker;
    }

    /** The person's record before a change by this caller (403 outside their unit); not audited (the change is). */
    public JobSeeker forChange(CurrentUser user, String id) {
        JobSeeker seeker = seekers.get(id);
        requireSameUnit(user, seeker, "modifier la fiche de");
        return seeker;
    }

    /** Ranking vacancies for a person is working on their file: their unit only (403 otherwise). */
    public JobSeeker forRanking(CurrentUser user, String id) {
        JobSeeker seeker = seekers.get(id);
        requireSameUnit(user, seeker, "classer les offres de");
        return seeker;
    }

    /** The hidden market of a person is working on their file: their unit only (403 otherwise), not audited. */
    public JobSeeker forProspects(CurrentUser user, String id) {
        JobSeeker seeker = seekers.get(id);
        requireSameUnit(user, seeker, "chercher des entreprises à démarcher pour");
        return seeker;
    }

    /** What would open more vacancies to a person (trainings): the scope of the full record (403 otherwise). */
    public JobSeeker forTrainings(CurrentUser user, String id) {
        JobSeeker seeker = seekers.get(id);
        requireSameUnit(user, seeker, "voir les formations utiles à");
        return seeker;
    }

    /** Erasure: the unit manager of the person's unit, or an administrator. */
    public JobSeeker forErasure(CurrentUser user, String id) {
        JobSeeker seeker = seekers.get(id);
        if (user.role() != Role.ADMIN && user.role() != Role.UNIT_MANAGER) {
            throw new ForbiddenException("Seul le responsable de l'unité de la personne (ou un administrateur) peut"
                    + " effacer une personne.");
        }
        requireSameUnit(user, seeker, "effacer");
        return seeker;
    }

    /** A new or changed person must belong to the caller's unit (ADMIN: any unit). */
    public void requireOwnUnit(CurrentUser user, @Nullable String unit) {
        if (user.role() == Role.ADMIN || unit == null) {
            return;
        }
        if (!unit.equals(user.unit())) {
            throw new ForbiddenException("Votre compte est rattaché à l'unité " + user.unit()
                    + " : vous ne pouvez pas rattacher une personne à l'unité " + unit + ".");
        }
    }

    /**
     * The unit a list of people is restricted to: the caller's own unit by default; ADVISER and UNIT_MANAGER may
     * not list another unit (403); ADMIN lists all units unless one is asked.
     */
    @Nullable
    public String listUnit(CurrentUser user, @Nullable String requested) {
        if (user.role() == Role.ADMIN) {
            return requested;
        }
        if (requested != null && !requested.equals(user.unit())) {
            throw new ForbiddenException("Votre compte est rattaché à l'unité " + user.unit()
                    + " : vous ne pouvez lister que les personnes de cette unité.");
        }
        return user.unit();
    }

    /** Whether this caller may open the full record of a person of {@code unit} (used to show links). */
    public boolean canOpen(CurrentUser user, @Nullable String unit) {
        return user.role() == Role.ADMIN
                || (user.role() == Role.ADVISER || user.role() == Role.UNIT_MANAGER)
                && unit != null && unit.equals(user.unit());
    }

    /** Adding to, sending or withdrawing a shortlist: advisers of the shortlist's unit only. */
    public void requireShortlistChange(CurrentUser user, Shortlist shortlist) {
        if (user.role() != Role.ADVISER || shortlist.unit() != null && !shortlist.unit().equals(user.unit())) {
            throw new ForbiddenException("Seuls les conseillers de l'unité " + shortlist.unit()
                    + " peuvent modifier cette liste.");
        }
    }

    /**
     * An employer user reaches only its own employer's vacancies and shortlists; another's answer 404 exactly as an
     * unknown id, so that their existence cannot be learnt.
     */
    public static void hideFromOtherEmployer(CurrentUser user, String ownerEmployerId, String resource, String id) {
        if (user.isEmployer() && !ownerEmployerId.equals(user.employerId())) {
            throw new NotFoundException(resource, id);
        }
    }

    /** Audit and reports: ADMIN everything; a unit manager only their unit. */
    @Nullable
    public String reportUnit(CurrentUser user, @Nullable String requested) {
        if (user.role() == Role.ADMIN) {
            return requested;
        }
        if (user.role() != Role.UNIT_MANAGER) {
            throw new ForbiddenException("Réservé aux responsables d'unité et aux administrateurs.");
        }
        if (requested != null && !requested.equals(user.unit())) {
            throw new ForbiddenException("Un responsable d'unité ne consulte que son unité (" + user.unit() + ").");
        }
        return user.unit();
    }

    public static Auditor auditor(CurrentUser user) {
        return new Auditor(user.username(), user.role().name());
    }

    private static void requireSameUnit(CurrentUser user, JobSeeker seeker, String what) {
        if (user.role() == Role.ADMIN) {
            return;
        }
        if (user.role() == Role.EMPLOYER || !seeker.employmentUnit().equals(user.unit())) {
            throw new ForbiddenException("Cette personne est suivie par l'unité " + seeker.employmentUnit()
                    + " : seule cette unité peut " + what + " cette personne.");
        }
    }
}
