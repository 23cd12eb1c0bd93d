package fr.tremplin.indexer.testing;

import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.vacancy.Vacancy;

import java.util.List;

/** Test-data builder for vacancy rows: {@code aVacancy(employerId).titled("Maçon").build()}. */
public final class VacancyFixture {

    private final String employerId;
    private String occupation = "F1703";
    private String title = "Maçon / Maçonne H/F";
    private ContractType contract = ContractType.CDI;
    private VacancyStatus status = VacancyStatus.OPEN;
    private Integer insertionHours;

    private VacancyFixture(String employerId) {
        this.employerId = employerId;
    }

    public static VacancyFixture aVacancy(String employerId) {
        return new VacancyFixture(employerId);
    }

    public VacancyFixture titled(String value) { title = value; return this; }
    public VacancyFixture occupation(String code) { occupation = code; return this; }
    public VacancyFixture contract(ContractType value) { contract = value; return this; }
    public VacancyFixture status(VacancyStatus value) { status = value; return this; }
    public VacancyFixture insertionHours(int hours) { insertionHours = hours; return this; }

    public Vacancy build() {
        List<String> skills = fr.tremplin.data.testing.JobSeekerFixture.skillsOf(occupation, 3);
        return new Vacancy(null, employerId, occupation, title, "Chantier de gros œuvre à Nantes", "44109", contract, 35,
                null, 1, skills.subList(0, Math.min(2, skills.size())), skills.subList(Math.min(2, skills.size()),
                skills.size()), List.of("B"), null, insertionHours == null ? null : "CLAUSE-2026-01", insertionHours,
                status, null, null, null);
    }
}
