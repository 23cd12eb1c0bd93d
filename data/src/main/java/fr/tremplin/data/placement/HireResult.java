package fr.tremplin.data.placement;

import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.vacancy.Vacancy;

/** A recorded hire, with the person (now PLACED) and the vacancy (one position fewer, FILLED at zero). */
public record HireResult(Placement placement, JobSeeker seeker, Vacancy vacancy) {
    public boolean vacancyFilled() {
        return vacancy.status() == fr.tremplin.core.vacancy.VacancyStatus.FILLED;
    }
}
