package fr.tremplin.core.index;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the vacancy index knows of a vacancy: the matching view, filled by the indexer from the database.
 * Codes are checked against the referential by {@link VacancyDocuments}.
 *
 * @param id                 domain id
 * @param version            database row version, compared by the indexer's consistency check
 * @param employerId         the employer's id
 * @param employerKind       company, employer group, SIAE or public buyer
 * @param occupationCode     ROME code of the job
 * @param title              the vacancy title as the employer wrote it
 * @param description        free text; empty when none
 * @param communeInsee       INSEE code of the workplace commune
 * @param workplace          geocoded workplace, or {@code null} to use the commune centre
 * @param contractType       contract type
 * @param weeklyHours        weekly hours, 1 to 48
 * @param startDate          planned start
 * @param positions          positions to fill, at least 1
 * @param requiredSkills     must-have ROME skill codes
 * @param niceSkills         nice-to-have ROME skill codes
 * @param requiredLicences   licences and certificates the job needs
 * @param minDiplomaLevel    minimum diploma level, 0 when none
 * @param insertionClause    the vacancy counts toward a public-procurement insertion clause
 * @param insertionHours     insertion hours it brings (0 without a clause)
 * @param status             OPEN vacancies are matched; the others stay in the index, filtered out
 * @param maxDistanceKm      the employer's own limit on how far from the workplace a candidate may live, 1 to 300 km;
 *                           0 when the employer sets none (the candidates' own radius still applies)
 */
public record VacancyIndexView(
        String id, long version, String employerId, EmployerKind employerKind,
        String occupationCode, String title, String description,
        String communeInsee, GeoPoint workplace, ContractType contractType, int weeklyHours,
        LocalDate startDate, int positions, Set<String> requiredSkills, Set<String> niceSkills,
        Set<String> requiredLicences, int minDiplomaLevel, boolean insertionClause, int insertionHours,
        VacancyStatus status, int maxDistanceKm) {

    public VacancyIndexView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employerId, "employerId");
        Objects.requireNonNull(employerKind, "employerKind");
        Objects.requireNonNull(occupationCode, "occupationCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(communeInsee, "communeInsee");
        Objects.requireNonNull(contractType, "contractType");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
        requiredSkills = Set.copyOf(requiredSkills);
        niceSkills = Set.copyOf(niceSkills);
        requiredLicences = Set.copyOf(requiredLicences);
        if (weeklyHours < 1 || weeklyHours > 48) {
            throw new IllegalArgumentException("Vacancy " + id + ": " + weeklyHours + " weekly hours is outside 1..48");
        }
        if (positions < 1) {
            throw new IllegalArgumentException("Vacancy " + id + ": positions must be at least 1, got " + positions);
        }
        if (minDiplomaLevel < 0 || minDiplomaLevel > 8) {
            throw new IllegalArgumentException("Vacancy " + id + ": minimum diploma level " + minDiplomaLevel
                    + " is outside 0..8");
        }
        if (insertionHours < 0 || (!insertionClause && insertionHours > 0)) {
            throw new IllegalArgumentException("Vacancy " + id + ": " + insertionHours
                    + " insertion hours without an insertion clause, or negative");
        }
        if (maxDistanceKm < 0 || maxDistanceKm > SeekerIndexView.MAX_RADIUS_KM) {
            throw new IllegalArgumentException("Vacancy " + id + ": distance limit " + maxDistanceKm
                    + " km is outside 0.." + SeekerIndexView.MAX_RADIUS_KM + " (0 = no limit)");
        }
    }

    /** The view without a distance limit of the employer's own. */
    public VacancyIndexView(
            String id, long version, String employerId, EmployerKind employerKind,
            String occupationCode, String title, String description,
            String communeInsee, GeoPoint workplace, ContractType contractType, int weeklyHours,
            LocalDate startDate, int positions, Set<String> requiredSkills, Set<String> niceSkills,
            Set<String> requiredLicences, int minDiplomaLevel, boolean insertionClause, int insertionHours,
            VacancyStatus status) {
        this(id, version, employerId, employerKind, occupationCode, title, description, communeInsee, workplace,
                contractType, weeklyHours, startDate, positions, requiredSkills, niceSkills, requiredLicences,
                minDiplomaLevel, insertionClause, insertionHours, status, 0);
    }
}
