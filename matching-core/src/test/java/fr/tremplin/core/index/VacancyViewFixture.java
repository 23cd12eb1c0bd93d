package fr.tremplin.core.index;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** Test-data builder: {@code aVacancy("v1").for_("F1704").in("44143").build()}. */
public final class VacancyViewFixture {

    private final String id;
    private long version = 1;
    private String employerId = "EMP-1";
    private EmployerKind employerKind = EmployerKind.COMPANY;
    private String occupation = "F1703";
    private String title = "Maçon";
    private String description = "";
    private String commune = "44109";
    private GeoPoint workplace;
    private ContractType contractType = ContractType.CDI;
    private int weeklyHours = 35;
    private LocalDate startDate = LocalDate.of(2027, 1, 4);
    private int positions = 1;
    private final Set<String> requiredSkills = new LinkedHashSet<>();
    private final Set<String> niceSkills = new LinkedHashSet<>();
    private final Set<String> licences = new LinkedHashSet<>();
    private int minDiploma;
    private int insertionHours;
    private boolean insertionClause;
    private VacancyStatus status = VacancyStatus.OPEN;
    private int maxDistanceKm;

    private VacancyViewFixture(String id) {
        this.id = id;
    }

    public static VacancyViewFixture aVacancy(String id) {
        return new VacancyViewFixture(id);
    }

    public VacancyViewFixture version(long value) { version = value; return this; }
    public VacancyViewFixture by(String employer, EmployerKind kind) { employerId = employer; employerKind = kind; return this; }
    public VacancyViewFixture occupation(String code) { occupation = code; return this; }
    public VacancyViewFixture titled(String text) { title = text; return this; }
    public VacancyViewFixture described(String text) { description = text; return this; }
    public VacancyViewFixture in(String insee) { commune = insee; return this; }
    public VacancyViewFixture at(double lat, double lon) { workplace = new GeoPoint(lat, lon); return this; }
    public VacancyViewFixture contract(ContractType type, int hours) { contractType = type; weeklyHours = hours; return this; }
    public VacancyViewFixture starting(LocalDate day) { startDate = day; return this; }
    public VacancyViewFixture positions(int count) { positions = count; return this; }
    public VacancyViewFixture requiring(String skill) { requiredSkills.add(skill); return this; }
    public VacancyViewFixture preferring(String skill) { niceSkills.add(skill); return this; }
    public VacancyViewFixture requiringLicence(String licence) { licences.add(licence); return this; }
    public VacancyViewFixture minDiploma(int level) { minDiploma = level; return this; }
    public VacancyViewFixture insertionClause(int hours) { insertionClause = true; insertionHours = hours; return this; }
    public VacancyViewFixture status(VacancyStatus value) { status = value; return this; }
    public VacancyViewFixture withinKm(int km) { maxDistanceKm = km; return this; }

    public VacancyIndexView build() {
        return new VacancyIndexView(id, version, employerId, employerKind, occupation, title, description, commune,
                workplace, contractType, weeklyHours, startDate, positions, requiredSkills, niceSkills, licences,
                minDiploma, insertionClause, insertionHours, status, maxDistanceKm);
    }
}
