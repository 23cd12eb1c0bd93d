package fr.tremplin.core.referential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** ROME grand domains, professional domains, occupations (fiches) and their job titles (appellations). */
final class RomeCatalogue {

    static final String GRAND_DOMAINS = "referential/rome/rome_grands_domaines.csv";
    static final String DOMAINS = "referential/rome/rome_domaines_professionnels.csv";
    static final String OCCUPATIONS = "referential/rome/rome_fiches.csv";
    static final String JOB_TITLES = "referential/rome/rome_appellations.csv";

    private static final Pattern ROME_CODE = Pattern.compile("[A-N]\\d{4}");

    private final Map<String, GrandDomain> grandDomains;
    private final Map<String, ProfessionalDomain> domains;
    private final Map<String, Occupation> occupations;
    private final List<JobTitle> jobTitles;
    private final Map<String, JobTitle> jobTitlesByCode;
    private final Map<String, List<JobTitle>> jobTitlesByOccupation;

    private RomeCatalogue(Map<String, GrandDomain> grandDomains, Map<String, ProfessionalDomain> domains,
                          Map<String, Occupation> occupations, List<JobTitle> jobTitles) {
        this.grandDomains = grandDomains;
        this.domains = domains;
        this.occupations = occupations;
        this.jobTitles = List.copyOf(jobTitles);
        Map<String, JobTitle> byCode = new LinkedHashMap<>();
        Map<String, List<JobTitle>> byOccupation = new LinkedHashMap<>();
        for (JobTitle title : jobTitles) {
            byCode.put(title.code(), title);
            byOccupation.computeIfAbsent(title.occupationCode(), code -> new ArrayList<>()).add(title);
        }
        this.jobTitlesByCode = Indexes.frozen(byCode);
        this.jobTitlesByOccupation = Indexes.frozenLists(byOccupation);
    }

    /** Reads the occupation table alone, so that skills can be checked against its codes first. */
    static CsvTable readOccupations() {
        return CsvReader.readResource(OCCUPATIONS)
                .requireColumns("code_rome", "libelle_rome", "code_grand_domaine", "code_domaine_professionnel");
    }

    static RomeCatalogue load(CsvTable occupationTable, SkillCatalogue skills) {
        Map<String, GrandDomain> grandDomains = new LinkedHashMap<>();
        for (CsvRow row : CsvReader.readResource(GRAND_DOMAINS)
                .requireColumns("code_grand_domaine", "libelle_grand_domaine").rows()) {
            String code = row.require("code_grand_domaine");
            Indexes.putUnique(grandDomains, code, new GrandDomain(code, row.require("libelle_grand_domaine")), row);
        }
        Map<String, ProfessionalDomain> domains = new LinkedHashMap<>();
        for (CsvRow row : CsvReader.readResource(DOMAINS).requireColumns(
                "code_domaine_professionnel", "libelle_domaine_professionnel", "code_grand_domaine").rows()) {
            String code = row.require("code_domaine_professionnel");
            String grandDomain = known(grandDomains, row, "code_grand_domaine");
            Indexes.putUnique(domains, code,
                    new ProfessionalDomain(code, row.require("libelle_domaine_professionnel"), grandDomain), row);
        }
        Map<String, Occupation> occupations = new LinkedHashMap<>();
        for (CsvRow row : occupationTable.rows()) {
            Occupation occupation = occupation(row, domains, skills);
            Indexes.putUnique(occupations, occupation.code(), occupation, row);
        }
        return new RomeCatalogue(Indexes.frozen(grandDomains), Indexes.frozen(domains), Indexes.frozen(occupations),
                jobTitles(occupations));
    }

    private static Occupation occupation(CsvRow row, Map<String, ProfessionalDomain> domains, SkillCatalogue skills) {
        String code = row.require("code_rome");
        if (!ROME_CODE.matcher(code).matches()) {
            throw row.error("'" + code + "' is not a ROME code (a letter A-N and 4 digits)");
        }
        String domainCode = known(domains, row, "code_domaine_professionnel");
        ProfessionalDomain domain = domains.get(domainCode);
        if (!code.startsWith(domainCode) || !domain.grandDomainCode().equals(row.get("code_grand_domaine"))) {
            throw row.error("occupation " + code + " does not fit its domain " + domainCode
                    + " / grand domain " + row.get("code_grand_domaine"));
        }
        List<String> skillCodes = skills.skillsOf(code).stream().map(Skill::code).toList();
        return new Occupation(code, row.require("libelle_rome"), domainCode, domain.grandDomainCode(), skillCodes);
    }

    private static List<JobTitle> jobTitles(Map<String, Occupation> occupations) {
        Map<String, JobTitle> titles = new LinkedHashMap<>();
        for (CsvRow row : CsvReader.readResource(JOB_TITLES).requireColumns(
                "code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome").rows()) {
            String code = row.require("code_ogr");
            JobTitle title = new JobTitle(code, row.require("libelle_appellation_long"),
                    row.require("libelle_appellation_court"), known(occupations, row, "code_rome"));
            Indexes.putUnique(titles, code, title, row);
        }
        return List.copyOf(titles.values());
    }

    private static String known(Map<String, ?> map, CsvRow row, String column) {
        String code = row.require(column);
        if (!map.containsKey(code)) {
            throw row.error("unknown code '" + code + "' in column " + column);
        }
        return code;
    }

    Collection<Occupation> occupations() {
        return occupations.values();
    }

    Optional<Occupation> occupation(String code) {
        return Optional.ofNullable(occupations.get(code));
    }

    boolean isOccupation(String code) {
        return occupations.containsKey(code);
    }

    Optional<ProfessionalDomain> domain(String code) {
        return Optional.ofNullable(domains.get(code));
    }

    Collection<ProfessionalDomain> domains() {
        return domains.values();
    }

    Optional<GrandDomain> grandDomain(String code) {
        return Optional.ofNullable(grandDomains.get(code));
    }

    Collection<GrandDomain> grandDomains() {
        return grandDomains.values();
    }

    List<JobTitle> jobTitles() {
        return jobTitles;
    }

    List<JobTitle> jobTitlesOf(String occupationCode) {
        return jobTitlesByOccupation.getOrDefault(occupationCode, List.of());
    }

    Optional<JobTitle> jobTitle(String code) {
        return Optional.ofNullable(jobTitlesByCode.get(code));
    }
}
