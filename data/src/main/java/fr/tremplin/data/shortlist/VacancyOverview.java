package fr.tremplin.data.shortlist;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One vacancy of an employer with where its shortlists stand: what an employer group following many
 * vacancies at once looks at first.
 *
 * @param awaitingAnswer people proposed and not answered yet
 */
@Serdeable
public record VacancyOverview(String vacancyId, String title, String status, int positions, long shortlists,
                              long awaitingAnswer, long interviews, long hires, long declined) {
}
