package fr.tremplin.api.vacancy;

import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.vacancy.Vacancy;

import java.util.List;

/** A checked vacancy request → the entity to write (used by the API and by the web forms). */
public final class VacancyMapper {
    private VacancyMapper() {
    }

    public static Vacancy toEntity(String employerId, VacancyRequest r) {
        return new Vacancy(null, employerId, r.occupation(), r.title().strip(), r.description(), r.communeInsee(),
                ContractType.valueOf(r.contractType()), r.hoursPerWeek(), r.startDate(), r.positions(),
                distinct(r.requiredSkills()), distinct(r.niceToHaveSkills()), distinct(r.requiredLicences()),
                r.minDiplomaLevel(), r.insertionClause() == null ? null : r.insertionClause().contractRef(),
                r.insertionClause() == null ? null : r.insertionClause().hours(),
                r.status() == null ? VacancyStatus.OPEN : VacancyStatus.valueOf(r.status()), null, null, null);
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }
}
