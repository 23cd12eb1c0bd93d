package fr.tremplin.api.training;

import fr.tremplin.core.ranking.TrainingLine;
import fr.tremplin.core.ranking.TrainingRoute;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Response shapes of the adviser-intelligence trainings (API.md "Adviser intelligence"). */
public final class TrainingDtos {
    private TrainingDtos() {
    }

    /**
     * One thing the person lacks and the open vacancies it would unlock ({@code vacanciesUnlocked}: the item is all
     * they miss; {@code vacanciesRequiring}: the vacancies of their ranking that require it, whatever else they miss).
     */
    @Serdeable
    public record TrainingItem(String kind, String code, String label, int vacanciesUnlocked, int vacanciesRequiring,
                               List<String> routes, List<String> examples) {
        static TrainingItem of(TrainingLine line) {
            return new TrainingItem(line.kind().name(), line.code(), line.label(), line.vacanciesUnlocked(),
                    line.vacanciesRequiring(), line.routes().stream().map(TrainingRoute::name).toList(), line.examples());
        }
    }

    /**
     * One missing item across a unit's people: how many people it would unlock at least one vacancy for, and how
     * many (person, vacancy) pairs in all.
     */
    @Serdeable
    public record MissingSkill(String kind, String code, String label, int people, int vacancyMatches) {}

    /**
     * The skills most missing among a unit's active people for the vacancies open now, best first.
     *
     * @param peopleCounted the unit's active people whose lines were counted
     * @param computedAt    when it was added up (kept an hour: {@link TrainingService#UNIT_REPORT_KEPT})
     */
    @Serdeable
    public record MissingSkillsReport(@Nullable String unit, int peopleCounted, List<MissingSkill> lines,
                                      java.time.Instant computedAt) {}
}
