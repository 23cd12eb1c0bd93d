package fr.tremplin.indexer.testing;

import fr.tremplin.core.referential.Skill;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.core.testing.TestReferential;
import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test-data builder for job-seeker rows: {@code aSeeker().targeting("F1703").with(Public.RSA).build()}. */
public final class SeekerFixture {

    private String externalRef = "T-" + UUID.randomUUID().toString().substring(0, 20);
    private String firstName = "Camille";
    private String lastName = "Martin";
    private LocalDate birthDate = LocalDate.of(1985, 5, 12);
    private String commune = "44109";
    private int radiusKm = 20;
    private final List<String> licences = new ArrayList<>(List.of("B"));
    private final List<String> targets = new ArrayList<>(List.of("F1703"));
    private final List<Experience> experiences = new ArrayList<>();
    private final List<String> skills = new ArrayList<>(skillsOf("F1703", 3));
    private String summary = "Maçon expérimenté, chantiers de gros œuvre";
    private final List<String> publics = new ArrayList<>();
    private SeekerStatus status = SeekerStatus.ACTIVE;
    private boolean consent = true;

    private SeekerFixture() {
    }

    public static SeekerFixture aSeeker() {
        return new SeekerFixture();
    }

    public SeekerFixture named(String first, String last) { firstName = first; lastName = last; return this; }
    public SeekerFixture bornOn(LocalDate day) { birthDate = day; return this; }
    public SeekerFixture in(String insee) { commune = insee; return this; }
    public SeekerFixture radius(int km) { radiusKm = km; return this; }
    public SeekerFixture targeting(String occupation) { targets.clear(); targets.add(occupation); return this; }
    public SeekerFixture experienced(String occupation, double years) { experiences.add(new Experience(occupation, years)); return this; }
    public SeekerFixture withSkill(String code) { skills.add(code); return this; }
    public SeekerFixture summary(String text) { summary = text; return this; }
    public SeekerFixture with(Public value) { publics.add(value.name()); return this; }
    public SeekerFixture status(SeekerStatus value) { status = value; return this; }
    public SeekerFixture withoutConsent() { consent = false; return this; }

    public JobSeeker build() {
        return new JobSeeker(null, externalRef, firstName, lastName, birthDate, null, null, commune, radiusKm,
                List.copyOf(licences), false, List.copyOf(targets), List.copyOf(experiences), List.copyOf(skills),
                summary, 3, null, WorkingTime.ANY, List.copyOf(publics), "NANTES-NORD", consent, status,
                null, null, null);
    }

    static List<String> skillsOf(String occupation, int count) {
        return TestReferential.get().skillsOf(occupation).stream().map(Skill::code).limit(count).toList();
    }
}
