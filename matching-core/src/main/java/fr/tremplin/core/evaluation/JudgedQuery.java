package fr.tremplin.core.evaluation;

import fr.tremplin.core.index.VacancyIndexView;

import java.util.Map;
import java.util.Objects;

/**
 * One query of a judged set: a vacancy and the graded relevance of people to it.
 *
 * @param vacancy the vacancy (the query)
 * @param sector  a short sector label for the report, e.g. "BTP"
 * @param grades  person id → grade 0 (not to propose) to 3 (excellent); a person without a grade counts as 0
 */
public record JudgedQuery(VacancyIndexView vacancy, String sector, Map<String, Integer> grades) {

    public JudgedQuery {
        Objects.requireNonNull(vacancy, "vacancy");
        Objects.requireNonNull(sector, "sector");
        grades = Map.copyOf(grades);
        grades.forEach((id, grade) -> {
            if (grade < 0 || grade > Metrics.MAX_GRADE) {
                throw new IllegalArgumentException("Query " + vacancy.id() + ": grade " + grade + " of " + id
                        + " is outside 0.." + Metrics.MAX_GRADE);
            }
        });
    }

    public String id() {
        return vacancy.id();
    }

    /** The grade of a person, 0 when not judged. */
    public int grade(String personId) {
        return grades.getOrDefault(personId, 0);
    }
}
