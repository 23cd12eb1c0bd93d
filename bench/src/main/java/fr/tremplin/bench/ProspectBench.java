package fr.tremplin.bench;

import fr.tremplin.api.prospect.ProspectService;
import fr.tremplin.data.seeker.JobSeekerService;
import io.micronaut.context.ApplicationContext;

/**
 * The hidden market's latency line: « Entreprises à démarcher » for many different people, as the API answers it
 * (the person read by id, the companies from memory, one query for the open vacancies, one for the unit's contacts).
 * Target: p99 ≤ 20 ms at 28,000 people and 3,000 vacancies.
 */
final class ProspectBench {
    private ProspectBench() {
    }

    static void measure(ApplicationContext context, LatencyBench bench, Sample sample, BenchReport report) {
        ProspectService prospects = context.getBean(ProspectService.class);
        JobSeekerService seekers = context.getBean(JobSeekerService.class);
        report.latency(bench.measure("prospects for a person (hidden market, 20 companies), service call",
                sample.people(), s -> prospects.of(seekers.get(s.id()), ProspectService.DEFAULT_SIZE).size()));
    }
}
