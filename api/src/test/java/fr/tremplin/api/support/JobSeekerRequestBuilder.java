package fr.tremplin.api.support;

import fr.tremplin.api.seeker.ExperienceDto;
import fr.tremplin.api.seeker.JobSeekerRequest;
import fr.tremplin.data.common.DepartementTime;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid job-seeker requests on the real referential, to be bent one field at a time by tests. */
public final class JobSeekerRequestBuilder {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String externalRef = "TEST-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    private String firstName = "Amina";
    private String lastName = "Diallo";
    private LocalDate birthDate = LocalDate.now(DepartementTime.ZONE).minusYears(32);
    private String communeInsee = "44109";
    private Integer radius = 25;
    private List<String> licences = List.of("B");
    private List<String> targets = List.of("F1703");
    private List<ExperienceDto> experiences = List.of(new ExperienceDto("F1703", 2.5));
    private List<String> skills = List.of();
    private LocalDate availableFrom = LocalDate.now(DepartementTime.ZONE).plusDays(10);
    private String workingTime = "FULL_TIME";
    private List<String> publics = List.of("RSA");
    private String unit = "NANTES-NORD";
    private Boolean consent = true;
    private String status = "ACTIVE";
    private Long version;

    public static JobSeekerRequestBuilder aJobSeeker() {
        return new JobSeekerRequestBuilder();
    }

    public JobSeekerRequestBuilder externalRef(String v) { externalRef = v; return this; }
    public JobSeekerRequestBuilder firstName(String v) { firstName = v; return this; }
    public JobSeekerRequestBuilder lastName(String v) { lastName = v; return this; }
    public JobSeekerRequestBuilder bornOn(LocalDate v) { birthDate = v; return this; }
    public JobSeekerRequestBuilder in(String insee) { communeInsee = insee; return this; }
    public JobSeekerRequestBuilder radius(Integer km) { radius = km; return this; }
    public JobSeekerRequestBuilder licences(List<String> v) { licences = v; return this; }
    public JobSeekerRequestBuilder targeting(String... codes) { targets = List.of(codes); return this; }
    public JobSeekerRequestBuilder experiences(List<ExperienceDto> v) { experiences = v; return this; }
    public JobSeekerRequestBuilder withSkills(String... codes) { skills = List.of(codes); return this; }
    public JobSeekerRequestBuilder availableFrom(LocalDate v) { availableFrom = v; return this; }
    public JobSeekerRequestBuilder workingTime(String v) { workingTime = v; return this; }
    public JobSeekerRequestBuilder publics(String... v) { publics = List.of(v); return this; }
    public JobSeekerRequestBuilder unit(String v) { unit = v; return this; }
    public JobSeekerRequestBuilder consent(Boolean v) { consent = v; return this; }
    public JobSeekerRequestBuilder status(String v) { status = v; return this; }
    public JobSeekerRequestBuilder version(Long v) { version = v; return this; }

    public JobSeekerRequest build() {
        return new JobSeekerRequest(externalRef, firstName, lastName, birthDate, "amina@example.org", "0600000000",
                communeInsee, radius, licences, true, targets, experiences, skills, "Maçonne avec deux ans de chantier",
                3, availableFrom, workingTime, publics, unit, consent, status, version);
    }
}
