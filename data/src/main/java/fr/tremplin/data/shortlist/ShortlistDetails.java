package fr.tremplin.data.shortlist;

import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A shortlist with what its views need: the vacancy (null if deleted), the candidates in list order, the
 * people by id (absent when erased) and, while it waits for answers, the instant its proposals expire.
 */
public record ShortlistDetails(Shortlist shortlist, @Nullable Vacancy vacancy, List<ShortlistCandidate> candidates,
                               Map<String, JobSeeker> seekers, @Nullable Instant answerDueAt) {
}
