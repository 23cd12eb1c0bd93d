package fr.tremplin.core.prospect;

/**
 * A company to approach for a person.
 *
 * @param distanceKm  from the person's commune to the company's, rounded to 0.1 km
 * @param hiringScore between 0 and 1: the hiring likelihood of the company's activity for the occupation
 *                    ({@link HiringLikelihood.Link#likelihood()}) times the proximity (1 in the person's commune,
 *                    0.5 at the edge of the radius), rounded to 4 decimals
 * @param occupation  the person's occupation that the company's activity hires most likely
 * @param reason      why it is proposed, in French
 */
public record Prospect(ProspectCompany company, double distanceKm, double hiringScore, String occupation,
                       String reason) {}
