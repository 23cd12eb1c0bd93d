package fr.tremplin.data.demo;

import fr.tremplin.core.referential.Commune;
import fr.tremplin.data.employer.Employer;

/**
 * A generated employer with what the vacancy generator needs to know about it.
 *
 * @param trade          the trade it hires in
 * @param commune        where it is
 * @param vacancyWeight  its relative share of the vacancies (employer groups post many at once)
 * @param areaKm         how far from its commune its vacancies may be
 */
record DemoEmployer(Employer employer, Trade trade, Commune commune, double vacancyWeight, int areaKm) {

    String id() {
        return employer.id();
    }

    String name() {
        return employer.name();
    }
}
