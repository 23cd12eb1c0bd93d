package fr.tremplin.api.web.shortlist;

import fr.tremplin.api.shortlist.CandidateResponse;
import fr.tremplin.api.shortlist.ShortlistResponse;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * One shortlist in a list page.
 *
 * @param awaiting people proposed and not answered yet
 * @param answers  people the employer answered about (interview, hire, refusal)
 */
public record ShortlistRow(String id, String vacancyId, String vacancyTitle, String employer, String status,
                           String statusLabel, Instant createdAt, @Nullable Instant sentAt,
                           @Nullable Instant answerDueAt, int people, long awaiting, long answers, long interviews,
                           long hires) {
    private static final Set<String> AWAITING = Set.of("PROPOSED", "VIEWED");
    private static final Set<String> ANSWERED = Set.of("INTERVIEW", "HIRED", "DECLINED");

    static ShortlistRow of(ShortlistResponse s, String employer) {
        return new ShortlistRow(s.id(), s.vacancyId(), s.vacancyTitle() == null ? "Offre supprimée" : s.vacancyTitle(),
                employer, s.status(), s.statusLabel(), s.createdAt(), s.sentAt(), s.answerDueAt(),
                s.candidates().size(), count(s, AWAITING), count(s, ANSWERED), count(s, Set.of("INTERVIEW")),
                count(s, Set.of("HIRED")));
    }

    private static long count(ShortlistResponse s, Set<String> statuses) {
        return s.candidates().stream().map(CandidateResponse::status).filter(statuses::contains).count();
    }
}
