package fr.tremplin.core.evaluation;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.Experience;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.referential.Mobility;
import fr.tremplin.core.referential.MobilityKind;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.vacancy.ContractType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a seasoned adviser grades a person for a vacancy, written as rules (docs/relevance.md lists them). These
 * rules never call the ranking: they read the ROME sheets and the profile the way an adviser does, with coarse
 * categories and no weights.
 *
 * <p>First the blocking points (grade 0): the person is not active, has not agreed to be proposed, lives
 * beyond their own mobility radius or the employer's limit (between commune centres), lacks a required
 * licence (a higher licence counts: CE covers C and B, C and D cover B), cannot start within two weeks of the
 * start date, or is not eligible to the programme the contract needs. Then the occupation and the must-have
 * skills: the share of the vacancy's must-have skills the person holds decides between two grades.
 * <pre>
 *   same occupation (targeted or held)        share ≥ 1/2 → 3   otherwise 2
 *   ROME close mobility, either way           share ≥ 1/2 → 2   otherwise 1
 *   ROME evolution mobility toward the job    1
 *   same professional domain only             share ≥ 1/2 → 1   otherwise 0
 *   anything else                             0
 * </pre>
 * A diploma below the vacancy's minimum costs one grade.
 */
final class AdviserJudgement {

    /** A grade and the rule that gave it. */
    record Grade(int grade, String rule) {}

    static final int GRACE_DAYS = 14;

    private static final Map<String, Set<String>> LICENCE_LADDER = Map.of(
            "B", Set.of("B", "C", "CE", "D"),
            "C", Set.of("C", "CE"),
            "CE", Set.of("CE"),
            "D", Set.of("D"));

    private final Referential referential;
    private final LocalDate today;

    AdviserJudgement(Referential referential, LocalDate today) {
        this.referential = referential;
        this.today = today;
    }

    Grade grade(VacancyIndexView vacancy, SeekerIndexView person) {
        String blocking = blocking(vacancy, person);
        if (blocking != null) {
            return new Grade(0, "blocked: " + blocking);
        }
        double share = mustHaveShare(vacancy, person);
        boolean enough = share >= 0.5;
        Grade grade = switch (relation(vacancy.occupationCode(), person)) {
            case "same" -> new Grade(enough ? 3 : 2, "same occupation, " + (enough ? "most" : "few") + " must-have skills");
            case "close" -> new Grade(enough ? 2 : 1, "ROME close mobility, " + (enough ? "most" : "few") + " must-have skills");
            case "evolution" -> new Grade(1, "ROME evolution mobility");
            case "domain" -> new Grade(enough ? 1 : 0, "same professional domain, " + (enough ? "most" : "few")
                    + " must-have skills");
            default -> new Grade(0, "unrelated occupation");
        };
        if (grade.grade() > 0 && vacancy.minDiplomaLevel() > 0 && person.diplomaLevel() < vacancy.minDiplomaLevel()) {
            return new Grade(grade.grade() - 1, grade.rule() + ", diploma below the minimum");
        }
        return grade;
    }

    /** The first blocking point, or null. */
    String blocking(VacancyIndexView vacancy, SeekerIndexView person) {
        if (person.status() != SeekerStatus.ACTIVE) {
            return "status " + person.status();
        }
        if (!person.consent()) {
            return "no consent to be proposed";
        }
        double km = referential.distanceKm(person.communeInsee(), vacancy.communeInsee());
        if (km > person.radiusKm()) {
            return "outside the person's radius";
        }
        if (vacancy.maxDistanceKm() > 0 && km > vacancy.maxDistanceKm()) {
            return "outside the employer's limit";
        }
        for (String licence : vacancy.requiredLicences()) {
            if (LICENCE_LADDER.getOrDefault(licence, Set.of(licence)).stream().noneMatch(person.licences()::contains)) {
                return "licence " + licence + " missing";
            }
        }
        LocalDate start = vacancy.startDate().isBefore(today) ? today : vacancy.startDate();
        if (person.availableFrom().isAfter(start.plusDays(GRACE_DAYS))) {
            return "not available in time";
        }
        if (!person.programmes().containsAll(programmesNeeded(vacancy))) {
            return "not eligible to the contract";
        }
        return null;
    }

    static Set<Programme> programmesNeeded(VacancyIndexView vacancy) {
        Set<Programme> needed = EnumSet.noneOf(Programme.class);
        if (vacancy.contractType() == ContractType.PEC) {
            needed.add(Programme.PEC);
        } else if (vacancy.contractType() == ContractType.IAE) {
            needed.add(Programme.IAE);
        } else if (vacancy.contractType() == ContractType.APPRENTICESHIP) {
            needed.add(Programme.APPRENTICESHIP);
        } else if (vacancy.contractType() == ContractType.PROFESSIONALISATION
                && vacancy.employerKind() == EmployerKind.EMPLOYER_GROUP) {
            needed.add(Programme.GEIQ);
        }
        if (vacancy.insertionClause()) {
            needed.add(Programme.INSERTION_CLAUSE);
        }
        return needed;
    }

    static double mustHaveShare(VacancyIndexView vacancy, SeekerIndexView person) {
        if (vacancy.requiredSkills().isEmpty()) {
            return 1.0;
        }
        long held = vacancy.requiredSkills().stream().filter(person.skills()::contains).count();
        return (double) held / vacancy.requiredSkills().size();
    }

    /** "same", "close", "evolution", "domain" or "none", reading the ROME mobility sheets. */
    String relation(String job, SeekerIndexView person) {
        Set<String> held = new LinkedHashSet<>(person.targetOccupations());
        person.experiences().stream().map(Experience::occupationCode).forEach(held::add);
        if (held.contains(job)) {
            return "same";
        }
        for (String h : held) {
            if (mobility(h, job, MobilityKind.CLOSE) || mobility(job, h, MobilityKind.CLOSE)) {
                return "close";
            }
        }
        for (String h : held) {
            if (mobility(h, job, MobilityKind.EVOLUTION)) {
                return "evolution";
            }
        }
        String domain = referential.occupation(job).orElseThrow().domainCode();
        for (String h : held) {
            if (referential.occupation(h).orElseThrow().domainCode().equals(domain)) {
                return "domain";
            }
        }
        return "none";
    }

    private boolean mobility(String from, String to, MobilityKind kind) {
        List<Mobility> moves = referential.mobilitiesFrom(from);
        return moves.stream().anyMatch(m -> m.targetCode().equals(to) && m.kind() == kind);
    }
}
