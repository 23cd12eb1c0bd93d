package fr.tremplin.indexer.mapping;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.data.vacancy.Vacancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * A {@link Vacancy} row and its employer's kind as the vacancy index sees them. Choices made here:
 * <ul>
 *   <li>no start date means "as soon as possible": the day the vacancy was created (in the clock's zone);</li>
 *   <li>an insertion clause is a contract reference or a positive number of insertion hours;</li>
 *   <li>no minimum diploma is level 0; no geocoded workplace (the commune centre is used).</li>
 * </ul>
 */
final class VacancyViews {

    private final Clock clock;

    VacancyViews(Clock clock) {
        this.clock = clock;
    }

    VacancyIndexView view(Vacancy v, EmployerKind employerKind) {
        int hours = v.insertionHours() == null ? 0 : v.insertionHours();
        boolean clause = v.insertionContractRef() != null || hours > 0;
        return new VacancyIndexView(v.id(), v.version() == null ? 0 : v.version(), v.employerId(), employerKind,
                v.occupation(), v.title(), v.description(), v.communeInsee(), null, v.contractType(),
                v.hoursPerWeek(), v.startDate() == null ? asSoonAsPossible(v) : v.startDate(), v.positions(),
                Set.copyOf(v.requiredSkills()), Set.copyOf(v.niceToHaveSkills()), Set.copyOf(v.requiredLicences()),
                v.minDiplomaLevel() == null ? 0 : v.minDiplomaLevel(), clause, hours, v.status());
    }

    private LocalDate asSoonAsPossible(Vacancy v) {
        return v.createdAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(v.createdAt(), clock.getZone());
    }
}
