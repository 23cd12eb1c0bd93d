package fr.tremplin.data.demo;

import fr.tremplin.data.employer.Employer;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;

import java.util.List;

/**
 * A generated demo data set, ready to insert: employers first (vacancies refer to them), then job seekers
 * and vacancies. Timestamps are null (the writer stamps them), versions 0.
 *
 * @param demoCompanyId the company the demo account {@code entreprise} is attached to
 * @param demoGroupId   the employer group (GEIQ) the demo account {@code geiq} is attached to
 */
public record DemoData(List<Employer> employers, List<JobSeeker> seekers, List<Vacancy> vacancies,
                       String demoCompanyId, String demoGroupId) {

    public DemoData {
        employers = List.copyOf(employers);
        seekers = List.copyOf(seekers);
        vacancies = List.copyOf(vacancies);
    }
}
