package fr.tremplin.core.prospect;

import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.RomeNafLink;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How likely a company of a NAF activity is to hire in an occupation, from La Bonne Boîte's ROME ↔ NAF hirings
 * (rome_naf_mapping_lbb.csv): the geometric mean of how specialised the activity is in the occupation (the share of
 * its hirings made in the occupation) and of how common the activity is as the occupation's employer (its hirings
 * in the occupation against those of the occupation's main activity). The first alone favoured tiny specialised
 * activities (nDCG@10 0.78 on the prospects judged set, against 0.91 for the mean). An activity that
 * makes less than {@link #MIN_SHARE_OF_OCCUPATION} of the occupation's hirings in France is left out: a handful
 * of masons hired by landscapers or funeral services is noise, not a lead. The company's size class is not known
 * (the employer table has none), so it does not weigh. Built once per referential; immutable.
 */
public final class HiringLikelihood {
    /** 1 %: below it, the activity hires the occupation only marginally. */
    public static final double MIN_SHARE_OF_OCCUPATION = 0.01;

    /**
     * One (occupation, activity) pair that qualifies.
     *
     * @param shareOfActivity   the share of the activity's hirings made in the occupation (how specialised it is)
     * @param shareOfOccupation the share of the occupation's hirings made by the activity (where they happen)
     * @param likelihood        the geometric mean of the share of the activity and of the share of the occupation
     *                          relative to the occupation's main activity: between 0 and 1, high only when the
     *                          activity both hires mostly this occupation and is where it is commonly hired
     */
    public record Link(RomeNafLink link, double shareOfActivity, double shareOfOccupation, double likelihood) {}

    private final Map<String, Map<String, Link>> byOccupation;

    private HiringLikelihood(Map<String, Map<String, Link>> byOccupation) {
        this.byOccupation = byOccupation;
    }

    public static HiringLikelihood of(Referential referential) {
        Map<String, Long> hiresByActivity = new HashMap<>();
        for (Occupation occupation : referential.occupations()) {
            for (RomeNafLink link : referential.nafLinksOf(occupation.code())) {
                hiresByActivity.merge(link.nafCode(), (long) link.hires(), Long::sum);
            }
        }
        Map<String, Map<String, Link>> byOccupation = new HashMap<>();
        for (Occupation occupation : referential.occupations()) {
            long occupationHires = referential.nafLinksOf(occupation.code()).stream().mapToLong(RomeNafLink::hires).sum();
            Map<String, Link> links = new HashMap<>();
            int mostHires = referential.nafLinksOf(occupation.code()).stream().mapToInt(RomeNafLink::hires).max().orElse(1);
            for (RomeNafLink link : referential.nafLinksOf(occupation.code())) {
                double shareOfOccupation = (double) link.hires() / occupationHires;
                if (shareOfOccupation >= MIN_SHARE_OF_OCCUPATION) {
                    double shareOfActivity = (double) link.hires() / hiresByActivity.get(link.nafCode());
                    links.put(link.nafCode(), new Link(link, shareOfActivity, shareOfOccupation,
                            Math.sqrt(shareOfActivity * link.hires() / mostHires)));
                }
            }
            if (!links.isEmpty()) {
                byOccupation.put(occupation.code(), Map.copyOf(links));
            }
        }
        return new HiringLikelihood(Map.copyOf(byOccupation));
    }

    /** The qualifying link between an occupation and an activity (compact NAF code), if any. */
    public Optional<Link> of(String occupation, String naf) {
        Map<String, Link> links = byOccupation.get(occupation);
        return links == null || naf == null ? Optional.empty() : Optional.ofNullable(links.get(naf));
    }
}
