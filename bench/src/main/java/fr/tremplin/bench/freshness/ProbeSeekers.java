package fr.tremplin.bench.freshness;

import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.data.seeker.JobSeeker;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Synthetic job seekers for the freshness probe: valid against the referential, recognisable (external
 * reference {@code PROBE-…}, last name "Sonde"), meant to be erased after the run.
 */
public final class ProbeSeekers {

    /** Prefix of the external reference of every probe seeker. */
    public static final String REF_PREFIX = "PROBE-";
    private static final String COMMUNE = "44109"; // Nantes
    private static final String UNIT = "NANTES-NORD";

    private final String occupation;
    private final List<String> skills;

    public ProbeSeekers(Referential referential) {
        Occupation chosen = referential.occupation("F1703")
                .or(() -> referential.occupations().stream().filter(o -> !o.skillCodes().isEmpty()).findFirst())
                .orElseThrow(() -> new IllegalStateException("The referential has no occupation with skills"));
        this.occupation = chosen.code();
        this.skills = chosen.skillCodes().stream().limit(3).toList();
        if (referential.commune(COMMUNE).isEmpty()) {
            throw new IllegalStateException("The referential does not know commune " + COMMUNE);
        }
    }

    /** The {@code i}-th probe seeker (a new external reference each call). */
    public JobSeeker draft(int i) {
        return new JobSeeker(null, REF_PREFIX + UUID.randomUUID().toString().substring(0, 18), "Probe" + i, "Sonde",
                LocalDate.of(1990, 1, 1), null, null, COMMUNE, 20, List.of("B"), false, List.of(occupation),
                List.of(), skills, "Personne fictive de mesure de fraîcheur de l'index", null, null, WorkingTime.ANY,
                List.of(), UNIT, false, SeekerStatus.PAUSED, null, null, null);
    }
}
