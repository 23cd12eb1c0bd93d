package fr.tremplin.core.index;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Test-data builder: {@code aSeeker("s1").in("44109").radius(25).targeting("F1703").build()}. */
public final class SeekerViewFixture {

    private final String id;
    private long version = 1;
    private SeekerStatus status = SeekerStatus.ACTIVE;
    private boolean consent = true;
    private String commune = "44109";
    private GeoPoint home;
    private int radiusKm = 20;
    private final Set<String> licences = new LinkedHashSet<>();
    private boolean hasVehicle;
    private final List<String> targets = new ArrayList<>();
    private final List<String> jobTitles = new ArrayList<>();
    private final List<Experience> experiences = new ArrayList<>();
    private final Set<String> skills = new LinkedHashSet<>();
    private String summary = "";
    private int diplomaLevel;
    private LocalDate availableFrom = LocalDate.of(2026, 12, 1);
    private WorkingTime workingTime = WorkingTime.ANY;
    private final Set<Public> publics = EnumSet.noneOf(Public.class);
    private final Set<Programme> programmes = EnumSet.noneOf(Programme.class);
    private String unit = "UNIT-NANTES-NORD";
    private int birthYear = 1990;
    private LocalDate waitingSince;
    private final List<Eligibility> eligibility = new ArrayList<>();

    private SeekerViewFixture(String id) {
        this.id = id;
    }

    public static SeekerViewFixture aSeeker(String id) {
        return new SeekerViewFixture(id);
    }

    public SeekerViewFixture version(long value) { version = value; return this; }
    public SeekerViewFixture status(SeekerStatus value) { status = value; return this; }
    public SeekerViewFixture withoutConsent() { consent = false; return this; }
    public SeekerViewFixture in(String insee) { commune = insee; return this; }
    public SeekerViewFixture at(double lat, double lon) { home = new GeoPoint(lat, lon); return this; }
    public SeekerViewFixture radius(int km) { radiusKm = km; return this; }
    public SeekerViewFixture withLicence(String licence) { licences.add(licence); return this; }
    public SeekerViewFixture withVehicle() { hasVehicle = true; return this; }
    public SeekerViewFixture targeting(String occupation) { targets.add(occupation); return this; }
    public SeekerViewFixture withJobTitle(String code) { jobTitles.add(code); return this; }
    public SeekerViewFixture experienced(String occupation, int months) { experiences.add(new Experience(occupation, months)); return this; }
    public SeekerViewFixture withSkill(String code) { skills.add(code); return this; }
    public SeekerViewFixture summary(String text) { summary = text; return this; }
    public SeekerViewFixture diploma(int level) { diplomaLevel = level; return this; }
    public SeekerViewFixture availableFrom(LocalDate day) { availableFrom = day; return this; }
    public SeekerViewFixture workingTime(WorkingTime value) { workingTime = value; return this; }
    public SeekerViewFixture with(Public value) { publics.add(value); return this; }
    public SeekerViewFixture eligibleTo(Programme value) { programmes.add(value); return this; }
    public SeekerViewFixture followedBy(String employmentUnit) { unit = employmentUnit; return this; }
    public SeekerViewFixture bornIn(int year) { birthYear = year; return this; }
    public SeekerViewFixture waitingSince(LocalDate day) { waitingSince = day; return this; }
    /** Eligible to {@code value} by rule {@code rule}, with a French reason. */
    public SeekerViewFixture eligibleTo(Programme value, String rule, String reason) {
        programmes.add(value);
        eligibility.add(new Eligibility(value, rule, reason));
        return this;
    }

    public SeekerIndexView build() {
        return new SeekerIndexView(id, version, status, consent, commune, home, radiusKm, licences, hasVehicle,
                targets, jobTitles, experiences, skills, summary, diplomaLevel, availableFrom, workingTime,
                publics, programmes, unit, birthYear, waitingSince, eligibility);
    }
}
