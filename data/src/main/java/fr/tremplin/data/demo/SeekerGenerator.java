package fr.tremplin.data.demo;

import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * One demo job seeker per number, drawn from its own random generator. The shares below describe the
 * caseload of a département's RSA insertion service; comments give the intended proportions.
 */
final class SeekerGenerator {

    private static final Weighted<Trade> TRADES = Weighted.of(List.of(Trade.values()), Trade::seekerShare);

    /** Age bands [from, to] and their shares: 15 % under 26, ~23 % aged 50 or more. */
    private static final int[][] AGE_BANDS = {{18, 25, 15}, {26, 35, 30}, {36, 45, 25}, {46, 55, 17}, {56, 64, 13}};
    private static final Weighted<int[]> AGES = Weighted.of(List.of(AGE_BANDS), band -> band[2]);

    /** Trades whose job seekers often drive for a living, by occupation: licences beyond B. */
    private static final Set<String> DRIVING_OCCUPATIONS = Set.of("N4101", "N4105", "N4103");

    private final Territory territory;
    private final DemoOccupations occupations;
    private final long seed;
    private final LocalDate today;

    SeekerGenerator(Territory territory, DemoOccupations occupations, long seed, LocalDate today) {
        this.territory = territory;
        this.occupations = occupations;
        this.seed = seed;
        this.today = today;
    }

    static String seekerId(int index) {
        return UUID.nameUUIDFromBytes(("tremplin-demo/seeker/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** "RSA-0000001" for job seeker 0. */
    static String externalRef(int index) {
        return String.format("RSA-%07d", index + 1);
    }

    JobSeeker generate(int index) {
        SplittableRandom r = DemoRandom.of(seed, "seeker", index);
        Trade trade = TRADES.pick(r);
        boolean woman = DemoRandom.chance(r, trade.womenShare());
        DemoNames.PersonName name = DemoNames.draw(r, woman);
        int[] band = AGES.pick(r);
        int age = DemoRandom.between(r, band[0], band[1]);
        LocalDate birthDate = today.minusYears(age).minusDays(r.nextInt(365));
        Commune commune = territory.drawByPopulation(r);
        String unit = territory.unitOf(commune, r);

        DemoOccupations.DemoOccupation primary = occupations.get(trade.occupations().pick(r));
        List<String> targets = targets(primary, trade, r);
        List<Experience> experiences = experiences(primary, age, trade, r);
        List<String> skills = withCaces(index, primary, skills(primary, targets, r));
        List<String> licences = licences(targets, age, r);
        boolean hasVehicle = licences.contains("B") ? DemoRandom.chance(r, 0.72) : DemoRandom.chance(r, 0.02);
        int radius = hasVehicle ? 15 + (int) Math.round(45 * StrictMath.pow(r.nextDouble(), 1.5))
                : DemoRandom.between(r, 5, 20);
        boolean priorityNeighbourhood = territory.hasPriorityNeighbourhood(commune) && DemoRandom.chance(r, 0.33);
        List<String> publics = publics(age, priorityNeighbourhood, r);
        Integer diploma = diplomaLevel(age, r);
        LocalDate availableFrom = DemoRandom.chance(r, 0.3)
                ? today.minusDays(DemoRandom.between(r, 0, 120))
                : today.plusDays(DemoRandom.between(r, 0, 60));
        WorkingTime workingTime = workingTime(trade, r);
        String title = primary.titles().pick(r).of(woman);
        String summary = SeekerSummary.of(primary.code(), title, primary.label(), experiences, woman, workingTime, r);

        return new JobSeeker(seekerId(index), externalRef(index), name.firstName(), name.lastName(), birthDate,
                email(name, r), phone(r), commune.insee(), radius, licences, hasVehicle, targets, experiences, skills,
                summary, diploma, availableFrom, workingTime, publics, unit, DemoRandom.chance(r, 0.9), status(r),
                entryIntoCaseload(r), null, 0L);
    }

    /** When the person entered the caseload: 1 to 24 months ago (drawn last, so other fields do not move). */
    private Instant entryIntoCaseload(SplittableRandom r) {
        return today.minusDays(DemoRandom.between(r, 30, 720)).atStartOfDay(DepartementTime.ZONE).toInstant();
    }

    /** 70 % one target occupation, 25 % two, 5 % three; the second one is often a close ROME mobility. */
    private List<String> targets(DemoOccupations.DemoOccupation primary, Trade trade, SplittableRandom r) {
        Set<String> targets = new LinkedHashSet<>();
        targets.add(primary.code());
        double x = r.nextDouble();
        int wanted = x < 0.70 ? 1 : x < 0.95 ? 2 : 3;
        for (int attempt = 0; targets.size() < wanted && attempt < 10; attempt++) {
            if (!primary.closeOccupations().isEmpty() && DemoRandom.chance(r, 0.6)) {
                targets.add(DemoRandom.oneOf(r, primary.closeOccupations()));
            } else {
                targets.add(trade.occupations().pick(r));
            }
        }
        return List.copyOf(targets);
    }

    /** Most have some experience in their target (0.5–10 years, bounded by age); a quarter in another job too. */
    private List<Experience> experiences(DemoOccupations.DemoOccupation primary, int age, Trade trade, SplittableRandom r) {
        List<Experience> experiences = new ArrayList<>(2);
        double maxYears = Math.max(0.5, age - 18);
        if (DemoRandom.chance(r, age < 22 ? 0.35 : 0.65)) {
            experiences.add(new Experience(primary.code(), years(r, 2.5, Math.min(10, maxYears))));
        }
        if (DemoRandom.chance(r, 0.25)) {
            String other = !primary.closeOccupations().isEmpty() && DemoRandom.chance(r, 0.5)
                    ? DemoRandom.oneOf(r, primary.closeOccupations())
                    : TRADES.pick(r).occupations().pick(r);
            if (!other.equals(primary.code())) {
                experiences.add(new Experience(other, years(r, 1.5, Math.min(5, maxYears))));
            }
        }
        return List.copyOf(experiences);
    }

    /** Exponential around {@code mean}, in half years, in [0.5, max]. */
    private static double years(SplittableRandom r, double mean, double max) {
        double y = -mean * StrictMath.log(1 - r.nextDouble());
        return Math.max(0.5, Math.min(max, Math.round(y * 2) / 2.0));
    }

    /** 3–8 skills of the main target (its core skills first), sometimes 1–2 of a second target. */
    private List<String> skills(DemoOccupations.DemoOccupation primary, List<String> targets, SplittableRandom r) {
        Set<String> skills = new LinkedHashSet<>(
                DemoRandom.distinctFavouringFirst(r, primary.rankedSkills(), DemoRandom.between(r, 3, 8), 6));
        if (targets.size() > 1 && DemoRandom.chance(r, 0.6)) {
            List<String> second = occupations.skillsOf(targets.get(1));
            if (!second.isEmpty()) {
                for (int i = DemoRandom.between(r, 1, 2); i > 0; i--) {
                    skills.add(DemoRandom.oneOf(r, second));
                }
            }
        }
        return List.copyOf(skills);
    }

    /**
     * A third of the people whose main occupation lists CACES savoirs hold one (the common forklift category
     * most often); drawn from a stream of its own, so that every other field stays as it was.
     */
    private List<String> withCaces(int index, DemoOccupations.DemoOccupation primary, List<String> skills) {
        SplittableRandom r = DemoRandom.of(seed, "seeker-caces", index);
        if (primary.caces().isEmpty() || !DemoRandom.chance(r, 0.33)) {
            return skills;
        }
        String caces = primary.drawCaces(r);
        if (skills.contains(caces)) {
            return skills;
        }
        List<String> with = new ArrayList<>(skills);
        if (with.size() == 10) {
            with.removeLast(); // still 3 to 10 skills
        }
        with.add(caces);
        return List.copyOf(with);
    }

    /** ~55 % hold a car licence; drivers hold C, CE (trucks) or D (coaches). */
    private static List<String> licences(List<String> targets, int age, SplittableRandom r) {
        List<String> licences = new ArrayList<>(3);
        boolean driver = targets.stream().anyMatch(DRIVING_OCCUPATIONS::contains);
        if (driver ? DemoRandom.chance(r, 0.97) : DemoRandom.chance(r, age < 22 ? 0.3 : 0.56)) {
            licences.add("B");
        }
        if (licences.isEmpty()) {
            return List.of();
        }
        if (targets.contains("N4101") ? DemoRandom.chance(r, 0.85)
                : targets.contains("N4105") ? DemoRandom.chance(r, 0.25) : DemoRandom.chance(r, 0.02)) {
            licences.add("C");
            if (DemoRandom.chance(r, targets.contains("N4101") ? 0.6 : 0.2)) {
                licences.add("CE");
            }
        }
        if (targets.contains("N4103") && DemoRandom.chance(r, 0.75)) {
            licences.add("D");
        }
        return List.copyOf(licences);
    }

    /** ~70 % RSA (few under 25), RQTH ~8 %, long-term unemployed ~30 %, age publics from the birth date. */
    private static List<String> publics(int age, boolean priorityNeighbourhood, SplittableRandom r) {
        EnumSet<Public> publics = EnumSet.noneOf(Public.class);
        if (DemoRandom.chance(r, age < 25 ? 0.25 : 0.78)) {
            publics.add(Public.RSA);
        }
        if (age < 26) {
            publics.add(Public.YOUTH_UNDER_26);
        }
        if (DemoRandom.chance(r, age < 26 ? 0.05 : age < 50 ? 0.08 : 0.13)) {
            publics.add(Public.RQTH);
        }
        if (age >= 19 && DemoRandom.chance(r, age < 26 ? 0.12 : age < 50 ? 0.30 : 0.45)) {
            publics.add(Public.LONG_TERM_UNEMPLOYED);
        }
        if (age >= 50) {
            publics.add(Public.SENIOR_50_PLUS);
        }
        if (priorityNeighbourhood) {
            publics.add(Public.QPV_RESIDENT);
        }
        return publics.stream().map(Enum::name).toList();
    }

    /** None (below CAP) for a third; CAP/BEP (3) most often; up to licence (6). */
    private static Integer diplomaLevel(int age, SplittableRandom r) {
        double x = r.nextDouble();
        if (x < (age < 26 ? 0.25 : 0.36)) {
            return null;
        }
        return x < 0.72 ? 3 : x < 0.91 ? 4 : x < 0.975 ? 5 : 6;
    }

    private static WorkingTime workingTime(Trade trade, SplittableRandom r) {
        double x = r.nextDouble();
        double partTime = trade == Trade.CARE || trade == Trade.CLEANING ? 0.25 : 0.10;
        return x < partTime ? WorkingTime.PART_TIME : x < partTime + 0.40 ? WorkingTime.ANY : WorkingTime.FULL_TIME;
    }

    /** 88 % active; the others paused, placed or out of the programme. */
    private static SeekerStatus status(SplittableRandom r) {
        double x = r.nextDouble();
        return x < 0.88 ? SeekerStatus.ACTIVE : x < 0.93 ? SeekerStatus.PAUSED : x < 0.98 ? SeekerStatus.PLACED
                : SeekerStatus.EXITED;
    }

    /** prenom.nom@example.org (a reserved domain), sometimes with a number; 8 % have none. */
    private static String email(DemoNames.PersonName name, SplittableRandom r) {
        if (DemoRandom.chance(r, 0.08)) {
            return null;
        }
        String number = DemoRandom.chance(r, 0.5) ? String.valueOf(DemoRandom.between(r, 1, 99)) : "";
        return FrenchText.slug(name.firstName()) + "." + FrenchText.slug(name.lastName()) + number + "@example.org";
    }

    /** Numbers of the 06 39 98 block, which the French regulator reserves for fiction; 5 % have none. */
    private static String phone(SplittableRandom r) {
        return DemoRandom.chance(r, 0.05) ? null : String.format("063998%04d", r.nextInt(10_000));
    }
}
