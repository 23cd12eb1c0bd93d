package fr.tremplin.data.testing;

import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.core.testing.TestReferential;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The builder of job-seeker rows of every module's tests, on the real referential:
 * {@code aJobSeeker().in("44109").targeting("F1703").with(Public.RSA).build()}. By default a mason of Nantes with
 * two and a half years on site and three of the occupation's skills.
 */
public final class JobSeekerFixture {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private String externalRef = "FIX-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    private String firstName = "Amina";
    private String lastName = "Diallo";
    private LocalDate birthDate = LocalDate.of(1994, 3, 2);
    private String commune = "44109";
    private int radius = 25;
    private List<String> licences = List.of("B");
    private List<String> targets = List.of("F1703");
    private final List<Experience> experiences = new ArrayList<>(List.of(new Experience("F1703", 2.5)));
    private final List<String> skills = new ArrayList<>(skillsOf("F1703", 3));
    private final List<String> publics = new ArrayList<>(List.of("RSA"));
    private String unit = "NANTES-NORD";
    private boolean consent = true;
    private SeekerStatus status = SeekerStatus.ACTIVE;
    private String summary = "Maçonne, deux ans de chantier";

    private JobSeekerFixture() {
    }

    public static JobSeekerFixture aJobSeeker() {
        return new JobSeekerFixture();
    }

    public JobSeekerFixture externalRef(String v) { externalRef = v; return this; }
    public JobSeekerFixture named(String first, String last) { firstName = first; lastName = last; return this; }
    public JobSeekerFixture bornOn(LocalDate day) { birthDate = day; return this; }
    public JobSeekerFixture in(String insee) { commune = insee; return this; }
    public JobSeekerFixture radius(int km) { radius = km; return this; }
    public JobSeekerFixture licences(String... v) { licences = List.of(v); return this; }
    public JobSeekerFixture targeting(String... codes) { targets = List.of(codes); return this; }
    /** Replaces the experiences. */
    public JobSeekerFixture experiences(Experience... v) { experiences.clear(); experiences.addAll(List.of(v)); return this; }
    /** Adds one experience. */
    public JobSeekerFixture experienced(String occupation, double years) { experiences.add(new Experience(occupation, years)); return this; }
    /** Replaces the skills. */
    public JobSeekerFixture withSkills(String... codes) { skills.clear(); skills.addAll(List.of(codes)); return this; }
    /** Adds one skill. */
    public JobSeekerFixture withSkill(String code) { skills.add(code); return this; }
    /** Replaces the publics. */
    public JobSeekerFixture publics(String... v) { publics.clear(); publics.addAll(List.of(v)); return this; }
    /** Adds one public. */
    public JobSeekerFixture with(Public value) { publics.add(value.name()); return this; }
    public JobSeekerFixture unit(String v) { unit = v; return this; }
    public JobSeekerFixture consent(boolean v) { consent = v; return this; }
    public JobSeekerFixture withoutConsent() { return consent(false); }
    public JobSeekerFixture status(SeekerStatus v) { status = v; return this; }
    public JobSeekerFixture summary(String v) { summary = v; return this; }

    public JobSeeker build() {
        return new JobSeeker(null, externalRef, firstName, lastName, birthDate, "amina@example.org", "0639981234",
                commune, radius, licences, true, targets, List.copyOf(experiences), List.copyOf(skills), summary, 3,
                LocalDate.now(DepartementTime.ZONE).plusDays(7), WorkingTime.FULL_TIME, List.copyOf(publics), unit, consent, status,
                null, null, null);
    }

    /** The first {@code count} skills the referential lists for the occupation. */
    public static List<String> skillsOf(String occupation, int count) {
        return TestReferential.get().skillsOf(occupation).stream().map(Skill::code).limit(count).toList();
    }
}
