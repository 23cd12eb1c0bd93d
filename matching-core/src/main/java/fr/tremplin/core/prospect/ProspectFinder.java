package fr.tremplin.core.prospect;

import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.GeoDistance;
import fr.tremplin.core.referential.Referential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the hidden market of a person among companies: within the radius (commune centres, great circle), whose
 * activity hires in one of the person's occupations ({@link HiringLikelihood}), with no open vacancy in those
 * occupations. Ranked by hiring score (likelihood × proximity), then distance, name and id. A company in an
 * unknown commune or without an activity is skipped. Thread-safe; a linear pass (a few thousand companies take
 * well under a millisecond).
 */
public final class ProspectFinder {
    /** At the edge of the radius a company keeps half of its likelihood. */
    static final double PROXIMITY_AT_EDGE = 0.5;

    static final Comparator<Prospect> ORDER = Comparator.comparingDouble(Prospect::hiringScore).reversed()
            .thenComparingDouble(Prospect::distanceKm)
            .thenComparing(p -> p.company().name())
            .thenComparing(p -> p.company().id());

    private final Referential referential;
    private final HiringLikelihood likelihood;

    public ProspectFinder(Referential referential) {
        this(referential, HiringLikelihood.of(referential));
    }

    public ProspectFinder(Referential referential, HiringLikelihood likelihood) {
        this.referential = referential;
        this.likelihood = likelihood;
    }

    /** At most {@code limit} prospects, best first; empty when the person's commune is unknown or no occupation. */
    public List<Prospect> find(ProspectQuery query, Collection<ProspectCompany> companies, int limit) {
        Optional<Commune> home = referential.commune(query.communeInsee());
        if (home.isEmpty() || query.occupations().isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Prospect> found = new ArrayList<>();
        for (ProspectCompany company : companies) {
            if (query.companiesWithOpenVacancy().contains(company.id())) {
                continue;
            }
            HiringLikelihood.Link best = bestLink(query, company.naf());
            if (best == null) {
                continue;
            }
            Optional<Commune> where = referential.commune(company.communeInsee());
            if (where.isEmpty()) {
                continue;
            }
            double km = GeoDistance.km(home.get().lat(), home.get().lon(), where.get().lat(), where.get().lon());
            if (km > query.radiusKm()) {
                continue;
            }
            found.add(prospect(company, best, km, query.radiusKm()));
        }
        found.sort(ORDER);
        return found.size() <= limit ? List.copyOf(found) : List.copyOf(found.subList(0, limit));
    }

    private HiringLikelihood.Link bestLink(ProspectQuery query, String naf) {
        HiringLikelihood.Link best = null;
        for (String occupation : query.occupations()) {
            HiringLikelihood.Link link = likelihood.of(occupation, naf).orElse(null);
            if (link != null && (best == null || link.likelihood() > best.likelihood())) {
                best = link;
            }
        }
        return best;
    }

    private Prospect prospect(ProspectCompany company, HiringLikelihood.Link link, double km, int radiusKm) {
        double proximity = radiusKm == 0 ? 1.0 : 1.0 - (1.0 - PROXIMITY_AT_EDGE) * km / radiusKm;
        double score = Math.round(link.likelihood() * proximity * 10_000) / 10_000.0;
        double roundedKm = Math.round(km * 10) / 10.0;
        return new Prospect(company, roundedKm, score, link.link().romeCode(),
                ProspectReason.of(referential, link, roundedKm));
    }
}
