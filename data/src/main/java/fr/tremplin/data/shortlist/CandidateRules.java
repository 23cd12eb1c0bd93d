package fr.tremplin.data.shortlist;

import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.common.FieldError;
import fr.tremplin.data.common.InvalidDataException;
import fr.tremplin.data.seeker.JobSeeker;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may be put on a shortlist: a known person who consented to share the profile with employers, is
 * ACTIVE (not placed, paused or gone), and is not already proposed for the same vacancy. Errors are 422,
 * one per person, named {@code jobSeekerIds[i]}.
 */
@Singleton
public class CandidateRules {
    /** Dates in messages are those of the département. */
    static final List<String> OPEN = Arrays.stream(CandidateStatus.values()).filter(CandidateStatus::isOpen)
            .map(Enum::name).toList();

    private final SeekerLookup seekers;
    private final ShortlistCandidateRepository candidates;
    private final ShortlistSettings settings;
    private final PriorProposals priors;

    public CandidateRules(SeekerLookup seekers, ShortlistCandidateRepository candidates, ShortlistSettings settings,
                          PriorProposals priors) {
        this.priors = priors;
        this.seekers = seekers;
        this.candidates = candidates;
        this.settings = settings;
    }

    /** Distinct ids in request order, without blanks. */
    public static List<String> distinct(Collection<String> ids) {
        Set<String> unique = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).forEach(unique::add);
        }
        return List.copyOf(unique);
    }

    /**
     * The people to add, in order.
     *
     * @param alreadyOnList how many people the shortlist holds already (for the maximum)
     * @throws InvalidDataException naming every person that cannot be added, and why
     */
    public List<JobSeeker> checkNew(String vacancyId, List<String> ids, int alreadyOnList) {
        if (ids.isEmpty()) {
            throw new InvalidDataException("jobSeekerIds", "au moins une personne à proposer");
        }
        if (alreadyOnList + ids.size() > settings.maxCandidates()) {
            throw new InvalidDataException("jobSeekerIds", "une liste compte au plus " + settings.maxCandidates()
                    + " personnes (tremplin.shortlists.max-candidates)");
        }
        Set<String> proposed = new HashSet<>();
        candidates.findOnVacancy(vacancyId, OPEN).forEach(c -> proposed.add(c.jobSeekerId()));
        Map<String, JobSeeker> found = byId(ids);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "jobSeekerIds[" + i + "]";
            JobSeeker seeker = found.get(ids.get(i));
            if (seeker == null) {
                errors.add(new FieldError(field, "personne inconnue : " + ids.get(i)));
            } else if (proposed.contains(seeker.id())) {
                errors.add(new FieldError(field, "la personne " + seeker.id() + " est déjà proposée pour cette offre"));
            } else {
                availability(seeker, field, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        return ids.stream().map(found::get).toList();
    }

    /**
     * Refuses (409) the people of {@code ids} proposed before for this vacancy or declined by this employer within
     * the warning window, naming each with the earlier proposal; the caller skips this check on confirmation.
     */
    public void checkRepeats(String vacancyId, String employerId, List<String> ids) {
        Map<String, PriorProposal> found = priors.of(vacancyId, employerId, ids);
        if (found.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        List<PriorProposal> listed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            PriorProposal prior = found.get(ids.get(i));
            if (prior != null) {
                errors.add(new FieldError("jobSeekerIds[" + i + "]", "la personne " + prior.jobSeekerId() + " "
                        + describe(prior)));
                listed.add(prior);
            }
        }
        throw new RepeatProposalException(errors, listed);
    }

    /** "a déjà été proposée pour cette offre (non retenue par l'employeur le 12/10/2026)". */
    public String describe(PriorProposal prior) {
        String when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")
                .format(prior.at().atZone(DepartementTime.ZONE));
        return prior.kind() == PriorProposal.Kind.SAME_VACANCY
                ? "a déjà été proposée pour cette offre (" + prior.status().label() + " le " + when + ")"
                : "a été refusée par cet employeur le " + when + " pour une autre offre";
    }

    /**
     * Before sending: each person must still consent and be available (a profile may have changed since
     * the draft). Returns the people by id; erased people are reported.
     */
    public Map<String, JobSeeker> checkBeforeSending(List<String> ids) {
        Map<String, JobSeeker> found = byId(ids);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "jobSeekerIds[" + i + "]";
            JobSeeker seeker = found.get(ids.get(i));
            if (seeker == null) {
                errors.add(new FieldError(field, "la personne " + ids.get(i) + " a été effacée : retirez-la de la liste"));
            } else {
                availability(seeker, field, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        return found;
    }

    private static void availability(JobSeeker seeker, String field, List<FieldError> errors) {
        if (!seeker.consentToShare()) {
            errors.add(new FieldError(field, "la personne " + seeker.id() + " n'a pas donné son accord pour que son"
                    + " profil soit transmis à des employeurs (consentToShare)"));
        } else if (seeker.status() != SeekerStatus.ACTIVE) {
            errors.add(new FieldError(field, "la personne " + seeker.id() + " n'est pas disponible (statut "
                    + seeker.status() + ")"));
        }
    }

    private Map<String, JobSeeker> byId(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return seekers.findByIdIn(ids).stream().collect(Collectors.toMap(JobSeeker::id, Function.identity()));
    }
}
