package fr.tremplin.data.demo;

import fr.tremplin.core.employer.Sector;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The trades of the demo data: the five employer-group sectors and the usual first jobs of an insertion
 * caseload (care, catering, retail, a few services), each with its ROME occupations and their weights, the
 * share of job seekers and companies it gets, and the NAF activities its companies may have.
 */
enum Trade {
    CLEANING(Sector.CLEANING, 16, 10, 0.65, "Nettoyage Propreté Multiservices Hygiène Entretien Vitrerie Net-Services",
            "K2204:9 K2202:1 K2303:2", "8121Z", naf -> naf.startsWith("812")),
    BUILDING(Sector.BUILDING, 17, 22, 0.08,
            "Bâtiments Maçonnerie Construction BTP Plâtrerie Couverture Peinture Rénovation Travaux Terrassement Isolation Carrelage Façades",
            "F1703:4 F1704:5 F1604:3 F1606:3 F1701:1.5 F1702:1.5 F1608:1 F1610:1 F1602:1.5 F1603:1 F1613:1 I1203:2",
            "4399C", naf -> division(naf, 41, 43)),
    LOGISTICS(Sector.TRANSPORT, 17, 11, 0.25, "Transports Logistique Express Fret Messageries Entrepôts Distribution Livraisons",
            "N1103:8 N1101:4 N1105:4 N4101:2 N4105:3 N4103:1 N1102:0.5", "4941B", naf -> division(naf, 49, 53)),
    AGRICULTURE(Sector.AGRICULTURE, 9, 10, 0.4, "Maraîchers Vergers Serres Vignobles Horticulture Pépinières Paysages Jardins",
            "A1401:3 A1414:4 A1203:4 A1416:1 A1405:1 A1101:0.5", "0113Z",
            naf -> division(naf, 1, 3) || naf.equals("8130Z")),
    INDUSTRY(Sector.INDUSTRY, 12, 14, 0.35,
            "Industries Mécanique Métallerie Chaudronnerie Plasturgie Conditionnement Composites Usinage Emballages Conserverie",
            "H3302:6 H2909:2 H3301:2 H2102:2 H2913:1.5 H2101:1 H3203:1 H3404:0.5 K2304:1.5 H2903:0.5 H2911:1",
            "2562B", naf -> division(naf, 10, 33)),
    CARE(Sector.OTHER, 12, 10, 0.85, "Aide à Domicile|Services à la Personne|Résidence Seniors|Maison de Santé|Domicile Services",
            "K1302:6 K1304:5 J1501:3 K1303:2 J1301:3", "8810A", naf -> division(naf, 86, 88) && !naf.equals("8899B")),
    CATERING(Sector.OTHER, 9, 11, 0.5, "Restaurant|Brasserie|Crêperie|Traiteur|Hôtel|Bistrot|Restauration Collective",
            "G1603:5 G1602:3 G1605:2 G1803:3 G1501:1.5", "5610A", naf -> division(naf, 55, 56)),
    RETAIL(Sector.OTHER, 6, 9, 0.65, "Supermarché|Market|Primeurs|Épicerie|Boulangerie|Drive|Magasin",
            "D1507:5 D1505:4 D1106:2", "4711D", naf -> division(naf, 45, 47)),
    SERVICES(Sector.OTHER, 2, 3, 0.5, "Sécurité|Services|Garage|Accueil Services",
            "K2503:1.5 M1602:1.5 M1601:1 I1604:1", "8010Z",
            naf -> naf.startsWith("452") // car repair
                    || !division(naf, 1, 56) && !division(naf, 78, 78) && !division(naf, 84, 88) && !division(naf, 94, 99)),
    /** What local authorities hire for (mostly on subsidised PEC contracts); no job seeker or company share. */
    PUBLIC_SERVICES(Sector.OTHER, 0, 0, 0.6, "Services publics",
            "K2204:4 A1203:3 K2303:2 I1203:2 G1603:2 K1303:2", "8411Z", naf -> naf.equals("8411Z"));

    private final Sector sector;
    private final double seekerShare;
    private final double companyShare;
    private final double womenShare;
    private final List<String> nameWords;
    private final Map<String, Double> occupationWeights;
    private final Weighted<String> occupations;
    private final String fallbackNaf;
    private final Predicate<String> nafFits;

    Trade(Sector sector, double seekerShare, double companyShare, double womenShare, String nameWords,
          String occupationWeights, String fallbackNaf, Predicate<String> nafFits) {
        this.sector = sector;
        this.seekerShare = seekerShare;
        this.companyShare = companyShare;
        this.womenShare = womenShare;
        this.nameWords = List.of(nameWords.contains("|") ? nameWords.split("\\|") : nameWords.split(" "));
        this.occupationWeights = parseWeights(occupationWeights);
        this.occupations = Weighted.of(List.copyOf(this.occupationWeights.keySet()), this.occupationWeights::get);
        this.fallbackNaf = fallbackNaf;
        this.nafFits = nafFits;
    }

    Sector sector() {
        return sector;
    }

    double seekerShare() {
        return seekerShare;
    }

    double companyShare() {
        return companyShare;
    }

    /** Share of women among the job seekers of this trade (building is mostly men, care mostly women). */
    double womenShare() {
        return womenShare;
    }

    /** Words for company names: "Nettoyage", "Transports", "Brasserie". */
    List<String> nameWords() {
        return nameWords;
    }

    /** ROME code → relative weight among the trade's occupations. */
    Map<String, Double> occupationWeights() {
        return occupationWeights;
    }

    /** The trade's ROME codes, to draw by weight. */
    Weighted<String> occupations() {
        return occupations;
    }

    /** The NAF activity of a company of this trade when the ROME ↔ NAF table offers none that fits. */
    String fallbackNaf() {
        return fallbackNaf;
    }

    /** Whether a company of this NAF activity belongs to the trade (NAF code in compact form, e.g. 4399C). */
    boolean nafFits(String naf) {
        return nafFits.test(naf);
    }

    private static boolean division(String naf, int first, int last) {
        int division = Integer.parseInt(naf.substring(0, 2));
        return division >= first && division <= last;
    }

    private static Map<String, Double> parseWeights(String spec) {
        Map<String, Double> weights = new LinkedHashMap<>();
        Arrays.stream(spec.split(" ")).forEach(item -> {
            String[] parts = item.split(":");
            weights.put(parts[0], Double.parseDouble(parts[1]));
        });
        return Collections.unmodifiableMap(weights); // keeps the declared order: draws stay deterministic
    }
}
