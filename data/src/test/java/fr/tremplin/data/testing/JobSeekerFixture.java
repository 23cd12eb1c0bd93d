package fr.tremplin.data.testing;

import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builder of job-seeker rows on the real referential: {@code aJobSeeker().in("44109").targeting("F1703")}. */
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
    private List<Experience> experiences = List.of(new Experience("F1703", 2.5));
    private List<String> skills = List.of();
    private List<String> publics = List.of("RSA");
    private String unit = "NANTES-NORD";
    private boolean consent = true;
    private SeekerStatus status = SeekerStatus.ACTIVE;
    private String summary = "Maçonne, deux ans de chantier";

    public static JobSeekerFixture aJobSeeker() {
        return new JobSeekerFixture();
    }

    public JobSeekerFixture externalRef(String v) { externalRef = v; return this; }
    public JobSeekerFixture named(String first, String last) { firstName = first; lastName = last; return this; }
    public JobSeekerFixture in(String insee) { commune = insee; return this; }
    public JobSeekerFixture radius(int km) { radius = km; return this; }
    public JobSeekerFixture licences(String... v) { licences = List.of(v); return this; }
    public JobSeekerFixture targeting(String... codes) { targets = List.of(codes); return this; }
    public JobSeekerFixture experiences(Experience... v) { experiences = List.of(v); return this; }
    public JobSeekerFixture withSkills(String... codes) { skills = List.of(codes); return this; }
    public JobSeekerFixture publics(String... v) { publics = List.of(v); return this; }
    public JobSeekerFixture unit(String v) { unit = v; return this; }
    public JobSeekerFixture consent(boolean v) { consent = v; return this; }
    public JobSeekerFixture status(SeekerStatus v) { status = v; return this; }
    public JobSeekerFixture summary(String v) { summary = v; return this; }

    public JobSeeker build() {
        return new JobSeeker(null, externalRef, firstName, lastName, birthDate, "amina@example.org", "0639981234",
                commune, radius, licences, true, targets, experiences, skills, summary, 3,
                LocalDate.now().plusDays(7), WorkingTime.FULL_TIME, publics, unit, consent, status, null, null, null);
    }
}
