package fr.tremplin.api.web.browser;

import fr.tremplin.api.web.ranking.CandidateFilters;
import fr.tremplin.api.web.ranking.CandidateSource;
import fr.tremplin.api.web.ranking.CandidateView;
import fr.tremplin.api.web.ranking.Contribution;
import fr.tremplin.api.web.ranking.RankedPanel;
import fr.tremplin.data.vacancy.Vacancy;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * A fixed candidates panel for the browser tests (only with {@code tremplin.test.example-candidates=true}):
 * it exercises the "Candidats classés" template (score bar, contributions, skills, eligibility, shortlist boxes)
 * until the real ranking is plugged in.
 */
@Singleton
@Requires(property = "tremplin.test.example-candidates", value = "true")
public class ExampleCandidates implements CandidateSource {
    static final String NOTICE = "Classement d'exemple (données de test) : le classement réel arrive avec le moteur.";

    @Override
    public RankedPanel<CandidateView> candidatesFor(Vacancy vacancy, CandidateFilters filters) {
        String ref = vacancy.occupation();
        return new RankedPanel<>(true, NOTICE, List.of(
                new CandidateView("exemple-1", "Amina D.", 0.87, 12.4, "Unité emploi Nantes Nord",
                        List.of(new Contribution("Métier visé identique (" + ref + ")", 0.41),
                                new Contribution("Compétences exigées couvertes (2 sur 3)", 0.26),
                                new Contribution("Distance 12 km, dans son rayon de 25 km", 0.12),
                                new Contribution("Bénéficiaire du RSA (priorité du Département)", 0.08)),
                        List.of("Réaliser un coffrage", "Monter des murs en parpaings"), List.of("Lire un plan"),
                        List.of("Parcours emploi compétences (PEC)", "Clauses sociales d'insertion"), false),
                new CandidateView("exemple-2", "Karim B.", 0.64, 21.0, "Unité emploi Rezé",
                        List.of(new Contribution("Métier proche par la mobilité ROME", 0.28),
                                new Contribution("Compétences exigées couvertes (1 sur 3)", 0.14),
                                new Contribution("Distance 21 km, dans son rayon de 30 km", 0.07),
                                new Contribution("Expérience de 4 ans dans le métier", 0.15)),
                        List.of("Réaliser un coffrage"), List.of("Lire un plan", "Monter des murs en parpaings"),
                        List.of("Insertion par l'activité économique (IAE)"), false)),
                2, Map.of("Unité emploi", Map.of("Nantes Nord", 1L, "Rezé", 1L)));
    }
}
