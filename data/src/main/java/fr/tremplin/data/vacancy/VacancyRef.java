package fr.tremplin.data.vacancy;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A vacancy's id and the reference a file import gave it (none for vacancies posted through the API). */
@Introspected
public record VacancyRef(String id, @Nullable String externalRef) {
}
