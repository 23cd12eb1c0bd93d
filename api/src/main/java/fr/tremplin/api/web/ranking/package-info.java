/**
 * Where the ranking (matching-core, exposed as a service of the api module) plugs into the pages.
 *
 * <p>The vacancy page asks a {@link fr.tremplin.api.web.ranking.CandidateSource} for its "Candidats classés" panel
 * and the person page asks a {@link fr.tremplin.api.web.ranking.VacancyMatchSource} for "Offres classées". Until
 * the ranking exists, the {@code @Secondary} defaults answer "not available yet" and the pages say so. To plug it
 * in, declare a {@code @Singleton} implementing the interface (it wins over the default) that maps the ranked hits
 * to {@link fr.tremplin.api.web.ranking.CandidateView} / {@link fr.tremplin.api.web.ranking.RankedVacancyView}.
 */
package fr.tremplin.api.web.ranking;
