package fr.tremplin.api.web.seeker;

import fr.tremplin.api.training.TrainingDtos.TrainingItem;
import fr.tremplin.api.training.TrainingLabels;
import fr.tremplin.api.training.TrainingService;
import fr.tremplin.core.wording.FrenchNumbers;
import fr.tremplin.data.index.VacancySource;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;
import fr.tremplin.indexer.IndexNotReadyException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The « Ce qui ouvrirait le plus d'offres » section of the person page (fragment seekers/trainings.html). */
@Singleton
public class TrainingPanel {
    /** Lines shown on the page; the API gives them all. */
    static final int SHOWN = 8;

    private final TrainingService trainings;
    private final VacancySource vacancies;

    public TrainingPanel(TrainingService trainings, VacancySource vacancies) {
        this.trainings = trainings;
        this.vacancies = vacancies;
    }

    /** The section's model; the caller has opened the record. */
    public View of(JobSeeker seeker) {
        List<TrainingItem> items;
        try {
            items = trainings.forSeeker(seeker);
        } catch (IndexNotReadyException e) {
            return new View("L'index de recherche est en cours de construction : rechargez la page dans quelques secondes.",
                    List.of());
        }
        List<TrainingItem> shown = items.stream().limit(SHOWN).toList();
        List<String> ids = shown.stream().flatMap(i -> i.examples().stream()).distinct().toList();
        Map<String, String> titles = ids.isEmpty() ? Map.of() : vacancies.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Vacancy::id, Vacancy::title, (a, b) -> a));
        List<Row> rows = shown.stream().map(i -> new Row(TrainingLabels.kind(i.kind()), i.label(),
                FrenchNumbers.count(i.vacanciesUnlocked()) + (i.vacanciesUnlocked() > 1 ? " offres" : " offre"),
                FrenchNumbers.count(i.vacanciesRequiring()) + (i.vacanciesRequiring() > 1 ? " offres" : " offre"),
                i.routes().stream().map(TrainingLabels::route).collect(Collectors.joining(" · ")),
                i.examples().stream().filter(titles::containsKey)
                        .map(id -> new Example(id, titles.get(id))).toList())).toList();
        return new View(null, rows);
    }

    /** @param notice shown instead of the lines when the index is not ready */
    public record View(@Nullable String notice, List<Row> rows) {}

    public record Row(String kind, String label, String unlocked, String requiring, String routes, List<Example> examples) {}

    public record Example(String vacancyId, String title) {}
}
