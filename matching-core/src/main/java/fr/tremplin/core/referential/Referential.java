package fr.tremplin.core.referential;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference data the matching needs, loaded from the CSV resources under {@code referential/} (see the
 * PROVENANCE.md next to each file): ROME v3 occupations, domains, job titles, skills and mobilities; the
 * communes of Loire-Atlantique; NAF activities and La Bonne Boîte's ROME ↔ NAF links.
 *
 * <p>Immutable and thread-safe: load it once and share it. Lookups are O(1) map reads; every returned
 * collection is unmodifiable; an unknown code gives an empty result, except {@link #distanceKm}.
 * Loading checks the files against each other and fails with a {@link CsvException} naming the file and line.
 */
public final class Referential {

    private final RomeCatalogue rome;
    private final SkillCatalogue skills;
    private final MobilityGraph mobilities;
    private final CommuneCatalogue communes;
    private final NafCatalogue naf;

    private Referential(RomeCatalogue rome, SkillCatalogue skills, MobilityGraph mobilities,
                        CommuneCatalogue communes, NafCatalogue naf) {
        this.rome = rome;
        this.skills = skills;
        this.mobilities = mobilities;
        this.communes = communes;
        this.naf = naf;
    }

    /** Reads and cross-checks the classpath resources (a few hundred milliseconds). */
    public static Referential load() {
        CsvTable occupationTable = RomeCatalogue.readOccupations();
        Set<String> occupationCodes = occupationTable.rows().stream()
                .map(row -> row.require("code_rome"))
                .collect(Collectors.toUnmodifiableSet());
        SkillCatalogue skills = SkillCatalogue.load(occupationCodes);
        RomeCatalogue rome = RomeCatalogue.load(occupationTable, skills);
        return new Referential(rome, skills, MobilityGraph.load(rome::isOccupation), CommuneCatalogue.load(),
                NafCatalogue.load(rome::isOccupation));
    }

    /**
     * This referential plus the synthetic territories of a national-scale benchmark ({@link SyntheticTerritories}):
     * {@code copies} copies of the département's communes, moved elsewhere on a map of France's size. Never used
     * by the service itself.
     */
    public Referential withSyntheticTerritories(int copies) {
        if (copies == 0) {
            return this;
        }
        return new Referential(rome, skills, mobilities, communes.plus(SyntheticTerritories.communes(communes(), copies)),
                naf);
    }

    // ROME occupations and domains

    /** The 532 ROME occupations, by code. */
    public Collection<Occupation> occupations() {
        return rome.occupations();
    }

    public Optional<Occupation> occupation(String code) {
        return rome.occupation(code);
    }

    public boolean isOccupation(String code) {
        return rome.isOccupation(code);
    }

    /** A professional domain by its 3-character code, e.g. F17. */
    public Optional<ProfessionalDomain> domain(String code) {
        return rome.domain(code);
    }

    /** A grand domain by its letter, e.g. F. */
    public Optional<GrandDomain> grandDomain(String code) {
        return rome.grandDomain(code);
    }

    public Collection<ProfessionalDomain> domains() {
        return rome.domains();
    }

    public Collection<GrandDomain> grandDomains() {
        return rome.grandDomains();
    }

    // Job titles

    /** All ROME job titles (appellations), in file order. */
    public List<JobTitle> jobTitles() {
        return rome.jobTitles();
    }

    /** The job titles of an occupation; empty for an unknown code. */
    public List<JobTitle> jobTitlesOf(String occupationCode) {
        return rome.jobTitlesOf(occupationCode);
    }

    /** A job title by its OGR code, e.g. 11573. */
    public Optional<JobTitle> jobTitle(String code) {
        return rome.jobTitle(code);
    }

    // Skills

    /** The savoir-faire and savoirs linked to at least one occupation, one per code. */
    public Collection<Skill> skills() {
        return skills.skills();
    }

    /** A skill linked to at least one occupation, by its OGR code. */
    public Optional<Skill> skill(String code) {
        return skills.skill(code);
    }

    public boolean isSkill(String code) {
        return skills.isSkill(code);
    }

    /** The occupation's savoir-faire, then its savoirs, in ROME order; environment items are not skills. */
    public List<Skill> skillsOf(String occupationCode) {
        return skills.skillsOf(occupationCode);
    }

    /** How many occupations list this skill (0 when unknown): the rarer, the more telling a match on it. */
    public int occupationCountOf(String skillCode) {
        return skills.occupationCountOf(skillCode);
    }

    // Mobilities

    /** The ROME mobilities between occupations, one per (source, target, kind). */
    public List<Mobility> mobilities() {
        return mobilities.mobilities();
    }

    /** The moves out of an occupation. */
    public List<Mobility> mobilitiesFrom(String occupationCode) {
        return mobilities.from(occupationCode);
    }

    /** The moves into an occupation. */
    public List<Mobility> mobilitiesTo(String occupationCode) {
        return mobilities.to(occupationCode);
    }

    // Communes

    /** The communes of Loire-Atlantique, by INSEE code. */
    public Collection<Commune> communes() {
        return communes.communes();
    }

    public Optional<Commune> commune(String insee) {
        return communes.commune(insee);
    }

    public boolean isCommune(String insee) {
        return communes.isCommune(insee);
    }

    /** The communes served by a postal code (several communes can share one), by INSEE code. */
    public List<Commune> communesByPostalCode(String postalCode) {
        return communes.byPostalCode(postalCode);
    }

    /**
     * Great-circle distance in km between the centres of two communes.
     *
     * @throws IllegalArgumentException naming the code, when either commune is unknown
     */
    public double distanceKm(String inseeA, String inseeB) {
        return communes.distanceKm(inseeA, inseeB);
    }

    // NAF activities

    /** The 732 NAF rév. 2 sub-classes. */
    public Collection<NafActivity> nafActivities() {
        return naf.activities();
    }

    /** A NAF sub-class by code, compact (4120A) or dotted (41.20A). */
    public Optional<NafActivity> nafActivity(String code) {
        return naf.activity(code);
    }

    /** The activities whose companies hire in this occupation, most hirings first (La Bonne Boîte). */
    public List<RomeNafLink> nafLinksOf(String romeCode) {
        return naf.linksOf(romeCode);
    }
}
