package fr.tremplin.data.vacancy;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.employer.Sector;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.employer.EmployerService;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class VacancyServiceTest {
    @Inject
    EmployerService employers;
    @Inject
    VacancyService vacancies;

    private Employer employer(String siret) {
        return employers.create(new Employer(null, siret, "Bâtiments de l'Erdre", EmployerKind.COMPANY, Sector.BUILDING,
                "44109", "4120A", null, null, null));
    }

    private static Vacancy draft(String employerId) {
        return new Vacancy(null, employerId, "F1703", "Maçon (H/F)", "Rénovation d'écoles", "44143", ContractType.CDI,
                35, LocalDate.now(DepartementTime.ZONE).plusDays(20), 2, List.of("100007"), List.of("100010"), List.of("B"), null,
                "MP-2026-017", 420, VacancyStatus.OPEN, null, null, null);
    }

    @Test
    void vacancyRoundTripOnRealMariaDb() {
        Employer e = employer("73282932000074");
        Vacancy saved = vacancies.create(draft(e.id()));
        Vacancy read = vacancies.get(saved.id());
        assertThat(read.employerId()).isEqualTo(e.id());
        assertThat(read.requiredSkills()).containsExactly("100007");
        assertThat(read.niceToHaveSkills()).containsExactly("100010");
        assertThat(read.requiredLicences()).containsExactly("B");
        assertThat(read.insertionContractRef()).isEqualTo("MP-2026-017");
        assertThat(read.insertionHours()).isEqualTo(420);
        assertThat(read.version()).isZero();
        assertThat(vacancies.list(e.id(), "F1703", "OPEN", Pageable.from(0, 10)).getTotalSize()).isEqualTo(1);
    }

    @Test
    void duplicateSiretIsAConflict() {
        employer("44306184100047");
        assertThatThrownBy(() -> employer("44306184100047")).isInstanceOf(ConflictException.class);
    }

    @Test
    void staleVacancyUpdateIsAConflict() {
        Employer e = employer("55210055400013");
        Vacancy saved = vacancies.create(draft(e.id()));
        assertThat(vacancies.update(saved.id(), 0, draft(e.id())).version()).isEqualTo(1L);
        assertThatThrownBy(() -> vacancies.update(saved.id(), 0, draft(e.id()))).isInstanceOf(ConflictException.class);
    }

    @Test
    void searchByTitleOrEmployerAndCommuneSortedByTitle() {
        Employer e = employers.create(new Employer(null, "81234567800013", "Menuiseries Vauban", EmployerKind.COMPANY,
                Sector.BUILDING, "44109", "4120A", null, null, null));
        Vacancy mason = vacancies.create(draft(e.id()));
        Vacancy joiner = vacancies.create(new Vacancy(null, e.id(), "F1607", "Menuisier poseur (H/F)", null, "44109",
                ContractType.CDD, 35, null, 1, List.of("100007"), List.of(), List.of(), null, null, null,
                VacancyStatus.OPEN, null, null, null));

        var byEmployer = vacancies.list(new VacancySearch("Vauban", null, null, null, null, null, "title"),
                Pageable.from(0, 10));
        assertThat(byEmployer.getContent()).extracting(Vacancy::id).containsExactly(mason.id(), joiner.id());
        var byTitle = vacancies.list(new VacancySearch("poseur", e.id(), null, "OPEN", "44109", null, "recent"),
                Pageable.from(0, 10));
        assertThat(byTitle.getContent()).extracting(Vacancy::id).containsExactly(joiner.id());
        var soonest = vacancies.list(new VacancySearch(null, e.id(), null, null, null, null, "start"), Pageable.from(0, 10));
        assertThat(soonest.getContent()).extracting(Vacancy::id).containsExactly(joiner.id(), mason.id());
        var inReze = vacancies.list(new VacancySearch(null, e.id(), null, null, null, "NANTES-SUD", "recent"),
                Pageable.from(0, 10));
        assertThat(inReze.getContent()).extracting(Vacancy::id).contains(mason.id());
        assertThat(vacancies.list(new VacancySearch(null, e.id(), null, null, null, "ANCENIS", "recent"),
                Pageable.from(0, 10)).getContent()).isEmpty();
        assertThat(vacancies.list(new VacancySearch(null, e.id(), null, null, null, "NOWHERE", "recent"),
                Pageable.from(0, 10)).getContent()).isEmpty();
    }
}
