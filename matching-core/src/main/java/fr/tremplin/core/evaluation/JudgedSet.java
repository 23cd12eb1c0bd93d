package fr.tremplin.core.evaluation;

import fr.tremplin.core.index.SeekerIndexView;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A relevance test collection for the candidate ranking: a corpus of people, queries (vacancies) and graded
 * judgments. Read and written by {@link JudgedSetFiles}; docs/relevance.md describes the shipped set.
 *
 * @param name          a short name for reports
 * @param referenceDate the day the set is evaluated at ("today" for availability and waiting times)
 * @param people        the corpus, indexed as the job-seeker index
 * @param queries       the vacancies with their judgments
 */
public record JudgedSet(String name, LocalDate referenceDate, List<SeekerIndexView> people, List<JudgedQuery> queries) {

    public JudgedSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referenceDate, "referenceDate");
        people = List.copyOf(people);
        queries = List.copyOf(queries);
        Set<String> ids = new HashSet<>();
        for (SeekerIndexView person : people) {
            if (!ids.add(person.id())) {
                throw new IllegalArgumentException("Judged set " + name + ": person " + person.id() + " appears twice");
            }
        }
        for (JudgedQuery query : queries) {
            for (String judged : query.grades().keySet()) {
                if (!ids.contains(judged)) {
                    throw new IllegalArgumentException("Judged set " + name + ": query " + query.id()
                            + " judges " + judged + ", who is not in the corpus");
                }
            }
        }
    }

    /** Number of (query, person) grades recorded. */
    public int judgmentCount() {
        return queries.stream().mapToInt(q -> q.grades().size()).sum();
    }
}
