package fr.tremplin.data.demo;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.RomeNafLink;
import fr.tremplin.data.employer.Employer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The demo employers, in a fixed order (their ordinal gives the id and the SIRET): the dozen employer groups
 * (GEIQ) across the five sectors, about forty integration employers (SIAE), ten public buyers, then the
 * companies. Names are unique; companies get a NAF activity that hires in their trade.
 */
final class EmployerGenerator {

    /** Vacancy weights: a GEIQ posts ~25 times as many vacancies as a company. */
    static final double GROUP_VACANCY_WEIGHT = 40;
    static final double SIAE_VACANCY_WEIGHT = 5;
    static final double PUBLIC_BUYER_VACANCY_WEIGHT = 10;
    static final double COMPANY_VACANCY_WEIGHT = 1.5;

    private record GroupSpec(String name, Trade trade, String insee) {}

    private record SiaeSpec(String type, String prefix, Trade trade, String naf, int count) {}

    private record BuyerSpec(String name, String insee, String naf, int areaKm) {}

    /** The first one is the GEIQ of the demo account {@code geiq}. */
    private static final List<GroupSpec> GROUPS = List.of(
            new GroupSpec("GEIQ BTP 44", Trade.BUILDING, "44109"),
            new GroupSpec("GEIQ Propreté Loire-Atlantique", Trade.CLEANING, "44162"),
            new GroupSpec("GEIQ Industrie 44", Trade.INDUSTRY, "44020"),
            new GroupSpec("GEIQ Agricole 44", Trade.AGRICULTURE, "44215"),
            new GroupSpec("GEIQ Transport Logistique 44", Trade.LOGISTICS, "44026"),
            new GroupSpec("GEIQ BTP Estuaire", Trade.BUILDING, "44184"),
            new GroupSpec("GEIQ Métallurgie Navale Estuaire", Trade.INDUSTRY, "44184"),
            new GroupSpec("GEIQ Travaux Publics Atlantique", Trade.BUILDING, "44047"),
            new GroupSpec("GEIQ Propreté Presqu'île", Trade.CLEANING, "44069"),
            new GroupSpec("GEIQ Agroalimentaire Nord Loire", Trade.INDUSTRY, "44036"),
            new GroupSpec("GEIQ Maraîchage et Paysage du Vignoble", Trade.AGRICULTURE, "44043"),
            new GroupSpec("GEIQ Logistique Pays d'Ancenis", Trade.LOGISTICS, "44003"));

    private static final List<SiaeSpec> SIAE = List.of(
            new SiaeSpec("ACI", "Jardin d'insertion", Trade.AGRICULTURE, "8899B", 6),
            new SiaeSpec("ACI", "Chantier d'insertion Bâti", Trade.BUILDING, "8899B", 4),
            new SiaeSpec("ACI", "Recyclerie", Trade.INDUSTRY, "8899B", 3),
            new SiaeSpec("ACI", "Chantier Propreté", Trade.CLEANING, "8899B", 3),
            new SiaeSpec("EI", "Propreté Solidaire", Trade.CLEANING, "8121Z", 4),
            new SiaeSpec("EI", "Atelier Solidaire", Trade.INDUSTRY, "3832Z", 3),
            new SiaeSpec("EI", "Logistique Solidaire", Trade.LOGISTICS, "5210B", 3),
            new SiaeSpec("EI", "Paysages Solidaires", Trade.AGRICULTURE, "8130Z", 2),
            new SiaeSpec("ETTI", "Intérim Insertion BTP", Trade.BUILDING, "7820Z", 2),
            new SiaeSpec("ETTI", "Intérim Insertion Industrie", Trade.INDUSTRY, "7820Z", 2),
            new SiaeSpec("ETTI", "Intérim Insertion Logistique", Trade.LOGISTICS, "7820Z", 2),
            new SiaeSpec("ETTI", "ETTI Propreté", Trade.CLEANING, "7820Z", 1),
            new SiaeSpec("AI", "Association intermédiaire Services", Trade.CLEANING, "7830Z", 3),
            new SiaeSpec("AI", "Entraide Services", Trade.CARE, "7830Z", 2));

    private static final List<BuyerSpec> BUYERS = List.of(
            new BuyerSpec("Nantes Métropole", "44109", "8411Z", 15),
            new BuyerSpec("Département de Loire-Atlantique", "44109", "8411Z", 200),
            new BuyerSpec("Ville de Nantes", "44109", "8411Z", 0),
            new BuyerSpec("CARENE Saint-Nazaire Agglomération", "44184", "8411Z", 15),
            new BuyerSpec("Ville de Saint-Nazaire", "44184", "8411Z", 0),
            new BuyerSpec("Ville de Rezé", "44143", "8411Z", 0),
            new BuyerSpec("Ville de Saint-Herblain", "44162", "8411Z", 0),
            new BuyerSpec("Nantes Métropole Habitat", "44109", "6820A", 12),
            new BuyerSpec("Cap Atlantique", "44055", "8411Z", 15),
            new BuyerSpec("Communauté de communes Châteaubriant-Derval", "44036", "8411Z", 20));

    private static final List<String> PLACES = List.of(
            "de l'Erdre", "de l'Estuaire", "de la Loire", "du Pays de Retz", "de Brière", "du Vignoble", "du Sillon",
            "de la Mée", "de Grand-Lieu", "de la Presqu'île", "des Marais", "de la Sèvre", "de l'Ouest",
            "du Pays Nantais", "de la Côte d'Amour", "Atlantique", "Ouest", "Loire Océan", "Estuaire",
            "des Trois Rivières", "du Cens", "de la Chézine", "du Val de Loire", "de l'Isac", "du Don", "de la Divatte",
            "du Brivet", "de l'Acheneau", "Armor", "Grand Ouest");

    private static final List<String> FARM_PLACES = List.of(
            "de la Rivière", "des Landes", "du Bois Joli", "de la Prairie", "des Noues", "de la Métairie", "du Moulin",
            "des Chênes", "de la Croix", "du Pâtis", "de la Brosse", "des Rochettes", "de la Haie", "du Clos",
            "de la Févrie", "des Ouches", "du Plessis", "de la Gautrie");

    private static final int SIAE_COUNT = SIAE.stream().mapToInt(SiaeSpec::count).sum();
    /** The ordinal of the first company; the company of the demo account {@code entreprise} has it. */
    static final int FIRST_COMPANY_ORDINAL = GROUPS.size() + SIAE_COUNT + BUYERS.size();

    private final Referential referential;
    private final Territory territory;
    private final long seed;
    private final Set<String> usedNames = new HashSet<>();

    EmployerGenerator(Referential referential, Territory territory, long seed) {
        this.referential = referential;
        this.territory = territory;
        this.seed = seed;
    }

    /** The id of demo employer {@code ordinal}. */
    static String employerId(int ordinal) {
        return UUID.nameUUIDFromBytes(("tremplin-demo/employer/" + ordinal).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String demoGroupId() {
        return employerId(0);
    }

    static String demoCompanyId() {
        return employerId(FIRST_COMPANY_ORDINAL);
    }

    /** All employers: groups, SIAE, public buyers, then {@code companies} companies. */
    List<DemoEmployer> generate(int companies) {
        List<DemoEmployer> all = new ArrayList<>(FIRST_COMPANY_ORDINAL + companies);
        for (GroupSpec group : GROUPS) {
            all.add(group(all.size(), group));
        }
        for (SiaeSpec siae : SIAE) {
            for (int i = 0; i < siae.count(); i++) {
                all.add(siae(all.size(), siae));
            }
        }
        for (BuyerSpec buyer : BUYERS) {
            all.add(buyer(all.size(), buyer));
        }
        for (int k = 0; k < companies; k++) {
            all.add(company(all.size(), k));
        }
        return all;
    }

    private DemoEmployer group(int ordinal, GroupSpec spec) {
        Commune commune = territory.commune(spec.insee());
        return employer(ordinal, 8, spec.name(), EmployerKind.EMPLOYER_GROUP, spec.trade(), commune, "7830Z",
                GROUP_VACANCY_WEIGHT, 35);
    }

    private DemoEmployer siae(int ordinal, SiaeSpec spec) {
        SplittableRandom random = DemoRandom.of(seed, "siae", ordinal);
        Commune commune = spec.trade() == Trade.AGRICULTURE ? territory.drawRural(random) : territory.drawByPopulation(random);
        String name = spec.prefix() + " " + FrenchText.ofPlace(commune.name());
        while (!usedNames.add(key(name))) {
            commune = territory.drawByPopulation(random);
            name = spec.prefix() + " " + FrenchText.ofPlace(commune.name());
        }
        int firstDigit = spec.type().equals("ACI") || spec.type().equals("AI") ? 7 : 5;
        return employer(ordinal, firstDigit, name, EmployerKind.SIAE, spec.trade(), commune, spec.naf(),
                SIAE_VACANCY_WEIGHT, 20);
    }

    private DemoEmployer buyer(int ordinal, BuyerSpec spec) {
        usedNames.add(key(spec.name()));
        return employer(ordinal, 2, spec.name(), EmployerKind.PUBLIC_BUYER, Trade.PUBLIC_SERVICES,
                territory.commune(spec.insee()), spec.naf(), PUBLIC_BUYER_VACANCY_WEIGHT, spec.areaKm());
    }

    private DemoEmployer company(int ordinal, int index) {
        SplittableRandom random = DemoRandom.of(seed, "company", index);
        Trade trade = index == 0 ? Trade.BUILDING : TRADES_BY_COMPANY_SHARE.pick(random);
        Commune commune = trade == Trade.AGRICULTURE ? territory.drawRural(random) : territory.drawByPopulation(random);
        String occupation = trade.occupations().pick(random);
        String naf = naf(trade, occupation, random);
        String name = uniqueName(trade, commune, random);
        int firstDigit = DemoRandom.oneOf(random, 3, 4, 5, 8, 9);
        return employer(ordinal, firstDigit, name, EmployerKind.COMPANY, trade, commune, naf, COMPANY_VACANCY_WEIGHT, 20);
    }

    private static final Weighted<Trade> TRADES_BY_COMPANY_SHARE = Weighted.of(List.of(Trade.values()), Trade::companyShare);

    /** An activity whose companies hire in {@code occupation} and that belongs to the trade, by hirings. */
    private String naf(Trade trade, String occupation, SplittableRandom random) {
        List<RomeNafLink> fitting = referential.nafLinksOf(occupation).stream()
                .filter(link -> trade.nafFits(link.nafCode()))
                .toList();
        return fitting.isEmpty() ? trade.fallbackNaf() : Weighted.of(fitting, RomeNafLink::hires).pick(random).nafCode();
    }

    private String uniqueName(Trade trade, Commune commune, SplittableRandom random) {
        for (int attempt = 0; attempt < 30; attempt++) {
            String name = companyName(trade, commune, random);
            if (usedNames.add(key(name))) {
                return name;
            }
        }
        for (int n = 2; ; n++) {
            String name = companyName(trade, commune, random) + " " + FrenchText.ofPlace(commune.name()) + (n > 2 ? " " + n : "");
            if (usedNames.add(key(name))) {
                return name;
            }
        }
    }

    private static String companyName(Trade trade, Commune commune, SplittableRandom random) {
        String word = DemoRandom.oneOf(random, trade.nameWords());
        String surname = DemoNames.frenchLastName(random);
        double x = random.nextDouble();
        if (trade == Trade.AGRICULTURE && x < 0.4) {
            return DemoRandom.oneOf(random, "EARL", "GAEC", "SCEA") + " " + DemoRandom.oneOf(random, FARM_PLACES);
        }
        if (x < 0.35) {
            return word + " " + DemoRandom.oneOf(random, PLACES);
        }
        if (x < 0.6) {
            return word + " " + surname;
        }
        if (x < 0.75 && (trade == Trade.BUILDING || trade == Trade.INDUSTRY || trade == Trade.LOGISTICS)) {
            return DemoRandom.oneOf(random, surname + " & Fils", surname + " Frères", "Ets " + surname, surname + " SAS");
        }
        return word + " " + FrenchText.ofPlace(commune.name());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private DemoEmployer employer(int ordinal, int siretFirstDigit, String name, EmployerKind kind, Trade trade,
                                  Commune commune, String naf, double vacancyWeight, int areaKm) {
        if (referential.nafActivity(naf).isEmpty()) {
            throw new IllegalStateException("The demo data uses NAF code " + naf + ", which is not in the referential");
        }
        Employer employer = new Employer(employerId(ordinal), Siret.of(siretFirstDigit, ordinal, seed), name, kind,
                trade.sector(), commune.insee(), naf, null, null, 0L);
        return new DemoEmployer(employer, trade, commune, vacancyWeight, areaKm);
    }
}
