package fr.tremplin.api.training;

import fr.tremplin.api.training.TrainingDtos.MissingSkill;
import fr.tremplin.api.training.TrainingDtos.MissingSkillsReport;
import fr.tremplin.api.training.TrainingDtos.TrainingItem;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.ranking.Ranking;
import fr.tremplin.core.ranking.TrainingLine;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.seeker.JobSeekerService;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.mapping.IndexDocuments;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "What would open the most vacancies": for one person, the training lines of the ranking
 * ({@link Ranking#trainings}) over the live vacancy index; for a unit, the same lines added up over its active
 * people (docs/adviser-intelligence.md).
 */
@Singleton
public class TrainingService {
    /** People read from the database per page when a unit is added up. */
    static final int PAGE = 500;
    /**
     * How long a unit's report is kept: adding up a unit costs a few milliseconds per active person (about 16 s for
     * the 3,900 people of a demo unit on 2 cores), and the report serves training purchases, not the minute.
     */
    public static final Duration UNIT_REPORT_KEPT = Duration.ofHours(1);

    private final Ranking ranking;
    private final IndexService index;
    private final IndexDocuments documents;
    private final JobSeekerService seekers;

    private final Clock clock;
    /** One computation per unit at a time, shared by the callers that ask meanwhile; kept {@link #UNIT_REPORT_KEPT}. */
    private final Map<String, CompletableFuture<MissingSkillsReport>> unitReports = new ConcurrentHashMap<>();

    public TrainingService(Ranking ranking, IndexService index, IndexDocuments documents, JobSeekerService seekers,
                           Clock clock) {
        this.ranking = ranking;
        this.index = index;
        this.documents = documents;
        this.seekers = seekers;
        this.clock = clock;
    }

    /** The person's lines, best first (the caller has checked the access). */
    public List<TrainingItem> forSeeker(JobSeeker seeker) {
        return lines(List.of(seeker)).getFirst().stream().map(TrainingItem::of).toList();
    }

    /**
     * The items most missing among the unit's active people: by number of people for whom the item unlocks at
     * least one vacancy, then by (person, vacancy) pairs, then by code. Computed at most once per unit and
     * {@link #UNIT_REPORT_KEPT} (its {@code computedAt} says when); a failed computation is not kept.
     */
    public MissingSkillsReport forUnit(String unit) {
        Instant now = clock.instant();
        CompletableFuture<MissingSkillsReport> mine = new CompletableFuture<>();
        CompletableFuture<MissingSkillsReport> shared = unitReports.compute(unit, (u, known) ->
                known == null || (known.isDone() && (known.isCompletedExceptionally()
                        || known.join().computedAt().plus(UNIT_REPORT_KEPT).isBefore(now))) ? mine : known);
        if (shared == mine) {
            try {
                mine.complete(computeForUnit(unit, now));
            } catch (RuntimeException e) {
                unitReports.remove(unit, mine);
                mine.completeExceptionally(e);
            }
        }
        try {
            return shared.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private MissingSkillsReport computeForUnit(String unit, Instant now) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, TrainingLine> firstLine = new LinkedHashMap<>();
        int people = 0;
        Pageable pageable = Pageable.from(0, PAGE);
        while (true) {
            Page<JobSeeker> page = seekers.list(null, unit, SeekerStatus.ACTIVE.name(), pageable);
            List<List<TrainingLine>> all = lines(page.getContent());
            for (List<TrainingLine> lines : all) {
                people++;
                for (TrainingLine line : lines) {
                    String key = line.kind() + ":" + line.code();
                    firstLine.putIfAbsent(key, line);
                    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                    c[0]++;
                    c[1] += line.vacanciesUnlocked();
                }
            }
            if (!page.getContent().isEmpty() && page.getContent().size() == PAGE) {
                pageable = pageable.next();
            } else {
                break;
            }
        }
        List<MissingSkill> lines = new ArrayList<>(counts.size());
        counts.forEach((key, c) -> {
            TrainingLine line = firstLine.get(key);
            lines.add(new MissingSkill(line.kind().name(), line.code(), line.label(), c[0], c[1]));
        });
        lines.sort(Comparator.comparingInt(MissingSkill::people).reversed()
                .thenComparing(Comparator.comparingInt(MissingSkill::vacancyMatches).reversed())
                .thenComparing(MissingSkill::code));
        return new MissingSkillsReport(unit, people, List.copyOf(lines), now);
    }

    /** The lines of each person, in the same order, on one searcher. */
    private List<List<TrainingLine>> lines(List<JobSeeker> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        // the waiting time since the last proposal weighs in the score only, never in a hard filter: not read
        List<SeekerIndexView> views = people.stream().map(p -> documents.seekerView(p, null)).toList();
        return index.withVacancySearcher(searcher -> {
            List<List<TrainingLine>> all = new ArrayList<>(views.size());
            for (SeekerIndexView view : views) {
                all.add(ranking.trainings(searcher, view));
            }
            return all;
        });
    }
}
