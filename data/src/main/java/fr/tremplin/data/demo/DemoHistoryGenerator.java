package fr.tremplin.data.demo;

import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.PlacementTerms;
import fr.tremplin.core.shortlist.PublicsAtHire;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.insertion.InsertionHours;
import fr.tremplin.data.insertion.PublicContract;
import fr.tremplin.data.placement.Placement;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plausible past for the demo data set, without changing any generated row but the publication and
 * registration dates: the FILLED vacancies were filled through shortlists by people the generator made
 * PLACED (with their placements and, under a clause, their monthly insertion hours); the CLOSED ones saw
 * their proposals refused or expire after a reminder; about one open vacancy in eight (and every vacancy of
 * the demo accounts' employers) has a shortlist under way, sent in the last days. Pure and deterministic.
 */
final class DemoHistoryGenerator {
    static final double OPEN_VACANCY_SHARE = 0.125;
    private static final List<Reason> DECLINES = List.of(Reason.PROFILE_MISMATCH, Reason.MISSING_SKILLS,
            Reason.NOT_ENOUGH_EXPERIENCE, Reason.DISTANCE, Reason.SCHEDULE, Reason.INTERVIEW_NOT_CONCLUSIVE,
            Reason.CANDIDATE_DECLINED);
    private static final List<String> NOTES = List.of(
            "Profils rencontrés cette semaine, mobilité vérifiée.",
            "Personnes motivées et disponibles rapidement.",
            "Candidatures préparées avec les personnes : CV à jour.",
            "Profils proches du poste ; formation possible en interne.",
            "Deux personnes ont déjà travaillé sur ce type de chantier.");

    private final long seed;
    private final LocalDate today;
    private final ZoneId zone;
    private final Instant now;

    private final Map<String, List<JobSeeker>> placedByOccupation = new HashMap<>();
    private final Map<String, List<JobSeeker>> activeByOccupation = new HashMap<>();
    private final Set<String> hired = new HashSet<>();
    private final Map<String, Integer> proposals = new HashMap<>();
    private final List<ShortlistStory> stories = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    private final Map<String, Instant> vacancyCreatedAt = new LinkedHashMap<>();
    private final Map<String, Instant> seekerCreatedAt = new LinkedHashMap<>();
    private Map<String, Employer> employers;

    DemoHistoryGenerator(long seed, LocalDate today, ZoneId zone, Instant now) {
        this.seed = seed;
        this.today = today;
        this.zone = zone;
        this.now = now;
    }

    DemoHistory generate(DemoData data) {
        employers = data.employers().stream().collect(Collectors.toMap(Employer::id, Function.identity()));
        for (JobSeeker s : data.seekers()) {
            if (s.consentToShare() && (s.status() == SeekerStatus.PLACED || s.status() == SeekerStatus.ACTIVE)) {
                var pool = s.status() == SeekerStatus.PLACED ? placedByOccupation : activeByOccupation;
                s.targetOccupations().forEach(o -> pool.computeIfAbsent(o, k -> new ArrayList<>()).add(s));
            }
        }
        for (int i = 0; i < data.vacancies().size(); i++) {
            Vacancy v = data.vacancies().get(i);
            SplittableRandom r = DemoRandom.of(seed, "history", i);
            switch (v.status()) {
                case FILLED -> filled(v, r);
                case CLOSED -> unanswered(v, r);
                case OPEN -> {
                    boolean demoEmployer = v.employerId().equals(data.demoCompanyId())
                            || v.employerId().equals(data.demoGroupId());
                    if (demoEmployer || DemoRandom.chance(r, OPEN_VACANCY_SHARE)) {
                        underWay(v, r, demoEmployer);
                    }
                }
            }
        }
        for (ShortlistStory story : stories) {
            for (String id : story.seekerIds()) {
                Instant registered = story.createdAt().minus(Duration.ofDays(20 + (id.hashCode() & 0xFF)));
                seekerCreatedAt.merge(id, registered, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, DemoContracts.Shell> shells = DemoContracts.shells(data.vacancies(), employers, seed, today);
        Map<String, String> contractIds = new HashMap<>();
        List<PublicContract> draft = DemoContracts.contracts(shells, Map.of(), seed, now);
        draft.forEach(c -> contractIds.put(c.ref(), c.id()));
        List<InsertionHours> hours = DemoHours.of(DemoContracts.underClause(placements, shells), shells, contractIds,
                seed, today, zone, now);
        Map<String, String> refOfContract = draft.stream().collect(Collectors.toMap(PublicContract::id, PublicContract::ref));
        Map<String, BigDecimal> delivered = new HashMap<>();
        hours.forEach(h -> delivered.merge(refOfContract.get(h.publicContractId()), h.hours(), BigDecimal::add));
        return new DemoHistory(DemoContracts.contracts(shells, delivered, seed, now),
                stories.stream().map(ShortlistStory::shortlist).toList(),
                stories.stream().flatMap(s -> s.candidates().stream()).toList(),
                stories.stream().flatMap(s -> s.transitions().stream()).toList(),
                stories.stream().flatMap(s -> s.shares().stream()).toList(),
                placements, hours, vacancyCreatedAt, seekerCreatedAt);
    }

    /**
     * A FILLED vacancy: one to three hires among PLACED people (every position under an insertion clause, so
     * that the ledger has hours), the others refused, withdrawn or closed.
     */
    private void filled(Vacancy v, SplittableRandom r) {
        int wanted = v.insertionContractRef() != null ? v.positions() : Math.min(v.positions(), DemoRandom.between(r, 1, 3));
        List<JobSeeker> hires = take(placedByOccupation, v.occupation(), wanted, s -> !hired.contains(s.id()));
        if (hires.isEmpty() || v.startDate() == null) {
            return;
        }
        hires.forEach(s -> hired.add(s.id()));
        List<JobSeeker> others = take(activeByOccupation, v.occupation(), DemoRandom.between(r, 1, 3), this::available);
        Instant hiredAt = at(v.startDate().minusDays(DemoRandom.between(r, 3, 14)), r);
        Instant interview = hiredAt.minus(Duration.ofDays(DemoRandom.between(r, 2, 10)));
        Instant viewed = interview.minus(Duration.ofDays(DemoRandom.between(r, 1, 4)));
        Instant sent = viewed.minus(Duration.ofHours(DemoRandom.between(r, 3, 72)));
        ShortlistStory story = story(v, hires.getFirst(), sent, r);
        hires.forEach(story::add);
        others.forEach(this::propose);
        others.forEach(story::add);
        story.send(sent);
        ShortlistStory.Who employer = employerOf(v);
        ShortlistStory.Who adviser = adviserOf(hires.getFirst().employmentUnit());
        for (String id : story.seekerIds()) {
            story.move(id, CandidateStatus.VIEWED, null, employer, viewed.plus(Duration.ofMinutes(id.hashCode() & 63)));
        }
        for (JobSeeker other : others) {
            double x = r.nextDouble();
            Instant when = viewed.plus(Duration.ofHours(DemoRandom.between(r, 4, 40)));
            if (x < 0.55) {
                story.move(other.id(), CandidateStatus.DECLINED, DemoRandom.oneOf(r, DECLINES), employer, when);
            } else if (x < 0.75) {
                story.move(other.id(), CandidateStatus.WITHDRAWN, Reason.SEEKER_UNAVAILABLE, adviser, when);
            }
        }
        for (int i = 0; i < hires.size(); i++) {
            story.move(hires.get(i).id(), CandidateStatus.INTERVIEW, null, employer, interview.plus(Duration.ofHours(i)));
        }
        for (int i = 0; i < hires.size(); i++) {
            Instant when = hiredAt.plus(Duration.ofHours(i));
            story.move(hires.get(i).id(), CandidateStatus.HIRED, null, employer, when);
            placements.add(placement(v, hires.get(i), story, when, employer, r));
        }
        Instant last = hiredAt.plus(Duration.ofHours(hires.size() - 1));
        for (String id : story.seekerIds()) {
            if (story.isOpen(id)) {
                story.move(id, CandidateStatus.CLOSED, Reason.VACANCY_FILLED, ShortlistStory.Who.SYSTEM, last);
            }
        }
        story.closeIfSettled();
    }

    /** A CLOSED vacancy: its proposals were refused, or expired after a reminder. */
    private void unanswered(Vacancy v, SplittableRandom r) {
        List<JobSeeker> people = take(activeByOccupation, v.occupation(), DemoRandom.between(r, 2, 3), this::available);
        if (people.isEmpty() || v.startDate() == null) {
            return;
        }
        people.forEach(this::propose);
        Instant sent = at(v.startDate().minusDays(DemoRandom.between(r, 30, 60)), r);
        ShortlistStory story = story(v, people.getFirst(), sent, r);
        people.forEach(story::add);
        story.send(sent);
        ShortlistStory.Who employer = employerOf(v);
        boolean silent = DemoRandom.chance(r, 0.5);
        for (JobSeeker p : people) {
            if (!silent) {
                Instant viewed = sent.plus(Duration.ofHours(DemoRandom.between(r, 5, 60)));
                story.move(p.id(), CandidateStatus.VIEWED, null, employer, viewed);
                story.move(p.id(), CandidateStatus.DECLINED, DemoRandom.oneOf(r, DECLINES), employer,
                        viewed.plus(Duration.ofHours(DemoRandom.between(r, 2, 48))));
            }
        }
        if (silent) {
            story.remind(sent.plus(Duration.ofDays(7)));
            for (JobSeeker p : people) {
                story.move(p.id(), CandidateStatus.EXPIRED, Reason.NO_ANSWER, ShortlistStory.Who.SYSTEM,
                        sent.plus(Duration.ofDays(14)));
            }
        }
        story.closeIfSettled();
        vacancyCreatedAt.put(v.id(), sent.minus(Duration.ofDays(DemoRandom.between(r, 5, 20))));
    }

    /** An OPEN vacancy with a shortlist under way, sent in the last days (sometimes still a draft). */
    private void underWay(Vacancy v, SplittableRandom r, boolean demoEmployer) {
        List<JobSeeker> people = take(activeByOccupation, v.occupation(), DemoRandom.between(r, 2, 4), this::available);
        if (people.isEmpty()) {
            return;
        }
        people.forEach(this::propose);
        Instant sent = now.minus(Duration.ofMinutes(DemoRandom.between(r, 60 * 20, 60 * 24 * 6)));
        ShortlistStory story = story(v, people.getFirst(), sent.minus(Duration.ofHours(DemoRandom.between(r, 1, 20))), r);
        people.forEach(story::add);
        vacancyCreatedAt.put(v.id(), sent.minus(Duration.ofDays(DemoRandom.between(r, 3, 20))));
        if (!demoEmployer && DemoRandom.chance(r, 0.12)) {
            return;
        }
        story.send(sent);
        ShortlistStory.Who employer = employerOf(v);
        long window = Duration.between(sent, now).toMinutes();
        for (int i = 0; i < people.size(); i++) {
            double x = demoEmployer && i == 0 ? 0 : r.nextDouble();
            Instant viewed = sent.plus(Duration.ofMinutes(window / 4 + r.nextLong(Math.max(1, window / 4))));
            Instant answered = viewed.plus(Duration.ofMinutes(r.nextLong(Math.max(1, window / 3))));
            String id = people.get(i).id();
            if (x >= 0.35) {
                story.move(id, CandidateStatus.VIEWED, null, employer, viewed);
            }
            if (x >= 0.65 && x < 0.85) {
                story.move(id, CandidateStatus.INTERVIEW, null, employer, answered);
            } else if (x >= 0.85) {
                story.move(id, CandidateStatus.DECLINED, DemoRandom.oneOf(r, DECLINES), employer, answered);
            }
        }
        story.closeIfSettled();
    }

    private ShortlistStory story(Vacancy v, JobSeeker first, Instant sent, SplittableRandom r) {
        Instant created = sent.minus(Duration.ofHours(DemoRandom.between(r, 1, 48)));
        String unit = first.employmentUnit();
        ShortlistStory story = new ShortlistStory(stories.size(), v, unit, adviserOf(unit), created, DemoRandom.oneOf(r, NOTES));
        stories.add(story);
        return story;
    }

    private Placement placement(Vacancy v, JobSeeker s, ShortlistStory story, Instant when, ShortlistStory.Who by,
                                SplittableRandom r) {
        ContractType type = v.contractType();
        LocalDate start = v.startDate();
        LocalDate end = PlacementTerms.isFixedTerm(type) ? start.plusMonths(months(type, r)).minusDays(1) : null;
        List<String> publics = PublicsAtHire.of(s.publics().stream().map(Public::valueOf).toList(), s.birthDate(), start)
                .stream().map(Enum::name).toList();
        LocalDate published = vacancyPublished(v, story);
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(published, when.atZone(zone).toLocalDate()));
        return new Placement(ShortlistStory.uuid("placement", placements.size()), s.id(), v.id(), v.employerId(),
                story.id(), s.employmentUnit(), type, start, end, v.hoursPerWeek(), publics, v.insertionContractRef(),
                days, by.name(), when, 0L);
    }

    /** The vacancy was published a few weeks before its shortlist (set again, identically, once filled). */
    private LocalDate vacancyPublished(Vacancy v, ShortlistStory story) {
        SplittableRandom r = DemoRandom.of(seed, "published", v.id().hashCode());
        Instant published = story.sentAt().minus(Duration.ofDays(DemoRandom.between(r, 4, 25)));
        vacancyCreatedAt.put(v.id(), published);
        return published.atZone(zone).toLocalDate();
    }

    private static int months(ContractType type, SplittableRandom r) {
        return switch (type) {
            case INTERIM -> DemoRandom.between(r, 1, 4);
            case APPRENTICESHIP -> 24;
            case PROFESSIONALISATION -> DemoRandom.between(r, 6, 24);
            case PEC, CDD -> DemoRandom.between(r, 6, 12);
            case IAE -> DemoRandom.between(r, 4, 24);
            case CDI -> 0;
        };
    }

    private List<JobSeeker> take(Map<String, List<JobSeeker>> pool, String occupation, int count,
                                 java.util.function.Predicate<JobSeeker> usable) {
        return pool.getOrDefault(occupation, List.of()).stream().filter(usable).limit(count).toList();
    }

    /** An ACTIVE person is proposed on at most two shortlists of the history. */
    private boolean available(JobSeeker s) {
        return proposals.getOrDefault(s.id(), 0) < 2;
    }

    private void propose(JobSeeker s) {
        proposals.merge(s.id(), 1, Integer::sum);
    }

    private Instant at(LocalDate day, SplittableRandom r) {
        return day.atTime(DemoRandom.between(r, 8, 17), DemoRandom.between(r, 0, 59)).atZone(zone).toInstant();
    }

    private ShortlistStory.Who adviserOf(String unit) {
        return new ShortlistStory.Who(DemoAccounts.UNIT.equals(unit) ? "conseiller"
                : "conseiller." + unit.toLowerCase(java.util.Locale.ROOT), "ADVISER");
    }

    private ShortlistStory.Who employerOf(Vacancy v) {
        if (v.employerId().equals(DemoDataGenerator.demoCompanyId())) {
            return new ShortlistStory.Who("entreprise", "EMPLOYER");
        }
        if (v.employerId().equals(DemoDataGenerator.demoGroupId())) {
            return new ShortlistStory.Who("geiq", "EMPLOYER");
        }
        String name = employers.get(v.employerId()).name();
        return new ShortlistStory.Who(name.length() > 80 ? name.substring(0, 80) : name, "EMPLOYER");
    }
}
