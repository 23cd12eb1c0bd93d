package fr.tremplin.api.web.seeker;

import fr.tremplin.api.common.Paging;
import fr.tremplin.data.employer.EmployerService;
import fr.tremplin.data.shortlist.Actor;
import fr.tremplin.data.shortlist.ShortlistCandidate;
import fr.tremplin.data.shortlist.ShortlistDetails;
import fr.tremplin.data.shortlist.ShortlistFilter;
import fr.tremplin.data.shortlist.ShortlistReader;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The « Propositions » panel of the person page: every shortlist the person was put on, latest first, with the answer. */
@Singleton
public class PersonProposals {
    /** The panel lists the latest ones; the shortlists page has them all. */
    static final int SHOWN = 50;

    private final ShortlistReader reader;
    private final EmployerService employers;

    public PersonProposals(ShortlistReader reader, EmployerService employers) {
        this.reader = reader;
        this.employers = employers;
    }

    /**
     * @param shortlistId  link target for an adviser ({@code /selections/{id}})
     * @param vacancyId    null when the vacancy was deleted
     * @param status       where the proposal stands, in French ("non retenue par l'employeur")
     * @param reason       the employer's or adviser's reason, in French, or null
     * @param at           when it reached that state
     */
    public record Row(String shortlistId, @Nullable String vacancyId, String vacancy, String employer, String status,
                      @Nullable String reason, Instant at) {
    }

    public List<Row> of(String jobSeekerId, Actor actor) {
        List<ShortlistDetails> lists = reader.details(reader.list(new ShortlistFilter(null, null, null, null, jobSeekerId),
                actor, Paging.of(0, SHOWN)).getContent());
        Map<String, String> employerNames = new HashMap<>();
        return lists.stream().flatMap(d -> d.candidates().stream().filter(c -> c.jobSeekerId().equals(jobSeekerId))
                .map(c -> row(d, c, employerNames.computeIfAbsent(d.shortlist().employerId(),
                        id -> employers.get(id).name())))).toList();
    }

    private static Row row(ShortlistDetails d, ShortlistCandidate c, String employer) {
        return new Row(d.shortlist().id(), d.vacancy() == null ? null : d.vacancy().id(),
                d.vacancy() == null ? "offre supprimée" : d.vacancy().title(), employer, c.status().label(),
                c.reason() == null ? null : c.reason().label(), c.statusChangedAt());
    }
}
