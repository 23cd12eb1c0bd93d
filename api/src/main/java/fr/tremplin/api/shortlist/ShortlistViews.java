package fr.tremplin.api.shortlist;

import fr.tremplin.core.eligibility.EligibilityInput;
import fr.tremplin.core.eligibility.EligibilityRules;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.shortlist.Pseudonyms;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.shortlist.Actor;
import fr.tremplin.data.shortlist.Shortlist;
import fr.tremplin.data.shortlist.ShortlistAccess;
import fr.tremplin.data.shortlist.ShortlistCandidate;
import fr.tremplin.data.shortlist.ShortlistDetails;
import fr.tremplin.data.shortlist.ShortlistTransition;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.core.shortlist.Reason;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Entities → responses, with the privacy rules: an employer user sees each person's pseudonymised profile
 * while the proposal stands, and the contact details only of the people it asked to meet; advisers and unit
 * managers see everything but the contact details of other units' people (their records answer 403 too);
 * administrators see everything.
 */
@Singleton
public class ShortlistViews {
    static final String ERASED = "Personne effacée";

    private final Referential referential;
    private final EligibilityRules eligibility;
    private final Clock clock;

    public ShortlistViews(Referential referential, EligibilityRules eligibility, Clock clock) {
        this.referential = referential;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    public ShortlistResponse shortlist(ShortlistDetails d, Actor viewer) {
        Shortlist s = d.shortlist();
        return new ShortlistResponse(s.id(), s.vacancyId(), d.vacancy() == null ? null : d.vacancy().title(),
                s.employerId(), s.unit(), s.note(), s.status().name(), s.status().label(), s.createdBy(), s.createdAt(),
                s.sentAt(), s.remindedAt(), d.answerDueAt(), s.closedAt(), s.version() == null ? 0 : s.version(),
                d.candidates().stream().map(c -> candidate(c, d.seekers().get(c.jobSeekerId()), d.vacancy(), viewer))
                        .toList());
    }

    public CandidateResponse candidate(ShortlistCandidate c, @Nullable JobSeeker seeker, @Nullable Vacancy vacancy,
                                       Actor viewer) {
        boolean employer = viewer.isEmployer();
        CandidateProfile profile = seeker == null || employer && !c.status().showsProfileToEmployer() ? null
                : profile(seeker, vacancy);
        // an adviser or unit manager sees the contact details of their own unit's people only (as their records)
        boolean otherUnit = !employer && viewer.unit() != null && seeker != null
                && !viewer.unit().equals(seeker.employmentUnit());
        ContactDetails contact = seeker == null || otherUnit || employer && !c.status().showsContactToEmployer() ? null
                : new ContactDetails(seeker.firstName(), seeker.lastName(), seeker.email(), seeker.phone());
        String name = seeker == null ? ERASED : Pseudonyms.displayName(seeker.firstName(), seeker.lastName());
        return new CandidateResponse(ShortlistAccess.seenId(c, viewer), name, c.status().name(), c.status().label(), c.statusChangedAt(),
                c.reason() == null ? null : c.reason().name(), c.reason() == null ? null : c.reason().label(),
                c.comment(), profile, contact, employer ? null : c.id());
    }

    public TransitionResponse transition(ShortlistTransition t) {
        String label = t.reason() == null ? null : reasonLabel(t.reason());
        return new TransitionResponse(t.id() == null ? 0 : t.id(), t.jobSeekerId(), t.kind().name(), t.fromStatus(),
                t.toStatus(), t.reason(), label, t.comment(), t.actor(), t.actorRole(), t.occurredAt());
    }

    private CandidateProfile profile(JobSeeker s, @Nullable Vacancy vacancy) {
        Double distance = vacancy == null || !referential.isCommune(s.communeInsee())
                || !referential.isCommune(vacancy.communeInsee()) ? null
                : Math.round(referential.distanceKm(s.communeInsee(), vacancy.communeInsee()) * 10) / 10d;
        return new CandidateProfile(
                s.targetOccupations().stream().map(o -> new LabeledCode(o, occupationLabel(o))).toList(),
                s.experiences().stream().map(e -> new ExperienceView(e.occupation(), occupationLabel(e.occupation()),
                        e.years())).toList(),
                s.skills().stream().map(this::skill).toList(),
                s.licences(), s.hasVehicle(), s.diplomaLevel(), s.availableFrom(), s.workingTime().name(), distance,
                programmes(s), vacancy == null ? null : SkillMatch.of(vacancy.requiredSkills(),
                        vacancy.niceToHaveSkills(), new java.util.HashSet<>(s.skills()), this::skill));
    }

    private LabeledCode skill(String code) {
        return new LabeledCode(code, referential.skill(code).map(Skill::label).orElse(code));
    }

    private java.util.List<String> programmes(JobSeeker s) {
        Set<Public> publics = EnumSet.noneOf(Public.class);
        s.publics().forEach(p -> publics.add(Public.valueOf(p)));
        LocalDate today = LocalDate.now(clock);
        if (s.birthDate().isAfter(today)) {
            return java.util.List.of();
        }
        return eligibility.evaluate(new EligibilityInput(s.birthDate(), publics, s.status(), today)).stream()
                .map(e -> e.programme().name()).distinct().toList();
    }

    private String occupationLabel(String code) {
        return referential.occupation(code).map(Occupation::label).orElse(code);
    }

    private static String reasonLabel(String code) {
        try {
            return Reason.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
