package fr.tremplin.bench;

import fr.tremplin.api.training.TrainingService;
import io.micronaut.context.ApplicationContext;

/**
 * « Ce qui ouvrirait le plus d'offres » for the sample's people: the service call behind
 * {@code GET /api/v1/job-seekers/{id}/trainings} (the person's view, then one count over the vacancy index).
 * Target: p99 ≤ 20 ms at 28,000 people and 3,000 vacancies. The mean returned is the number of lines.
 */
final class TrainingsBench {

    private final TrainingService trainings;

    TrainingsBench(ApplicationContext context) {
        this.trainings = context.getBean(TrainingService.class);
    }

    LatencyBench.Result measure(Sample sample, LatencyBench bench) {
        return bench.measure("trainings for a person (what would open the most vacancies), service call",
                sample.people(), person -> trainings.forSeeker(person).size());
    }
}
