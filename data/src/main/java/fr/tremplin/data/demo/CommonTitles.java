package fr.tremplin.data.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job titles (ROME appellations, exact labels) an adviser or an employer commonly uses for each demo
 * occupation: ROME also lists rare ones ("Feutier", "Cocher") that would look odd in a demo. The first title
 * of each list is the most frequent. Every label is checked against the referential when loading.
 */
final class CommonTitles {

    private static final Map<String, List<String>> TITLES = new LinkedHashMap<>();

    static {
        add("K2204", "Agent / Agente de propreté et d'hygiène", "Agent / Agente de propreté de locaux",
                "Agent / Agente de nettoyage en collectivité", "Nettoyeur / Nettoyeuse de locaux",
                "Technicien / Technicienne de surface", "Agent / Agente de nettoyage industriel");
        add("K2202", "Laveur / Laveuse de vitres");
        add("K2303", "Agent / Agente de propreté urbaine", "Agent / Agente de collecte de déchets", "Ripeur / Ripeuse",
                "Agent / Agente de déchetterie");
        add("F1703", "Maçon / Maçonne", "Maçon / Maçonne en rénovation", "Maçon-coffreur / Maçonne-coffreuse",
                "Ouvrier / Ouvrière de la maçonnerie");
        add("F1704", "Aide-maçon / Aide-maçonne", "Manoeuvre bâtiment", "Manoeuvre de chantier",
                "Manoeuvre travaux publics", "Terrassier / Terrassière", "Ouvrier / Ouvrière en démolition");
        add("F1604", "Plaquiste", "Plâtrier-plaquiste / Plâtrière-plaquiste", "Poseur / Poseuse de cloisons",
                "Monteur / Monteuse en agencement");
        add("F1606", "Peintre en bâtiment", "Aide peintre", "Peintre d'intérieur", "Peintre finisseur / finisseuse");
        add("F1701", "Coffreur / Coffreuse", "Coffreur-boiseur / Coffreuse-boiseuse", "Ferrailleur / Ferrailleuse du BTP",
                "Ouvrier / Ouvrière du béton");
        add("F1702", "Ouvrier / Ouvrière en voiries", "Compagnon routier / Compagnonne routière", "Paveur / Paveuse",
                "Ouvrier / Ouvrière Voiries et Réseaux Divers -VRD-");
        add("F1608", "Carreleur / Carreleuse", "Aide carreleur / carreleuse", "Poseur / Poseuse de parquet");
        add("F1610", "Couvreur / Couvreuse", "Couvreur zingueur / Couvreuse zingueuse", "Aide couvreur / couvreuse");
        add("F1602", "Electricien / Electricienne du bâtiment", "Electricien / Electricienne de chantier",
                "Monteur électricien / Monteuse électricienne");
        add("F1603", "Plombier / Plombière", "Plombier / Plombière chauffagiste", "Aide plombier / plombière",
                "Chauffagiste");
        add("F1613", "Etancheur / Etancheuse", "Poseur / Poseuse en isolation thermique",
                "Applicateur / Applicatrice d'étanchéité");
        add("I1203", "Agent / Agente de maintenance des bâtiments", "Agent / Agente d'entretien du bâtiment",
                "Ouvrier polyvalent / Ouvrière polyvalente d'entretien des bâtiments");
        add("N1103", "Préparateur / Préparatrice de commandes", "Magasinier / Magasinière",
                "Agent / Agente logistique en magasinage", "Opérateur / Opératrice logistique en entrepôt",
                "Employé / Employée logistique d'expédition");
        add("N1101", "Cariste", "Cariste d'entrepôt", "Cariste manutentionnaire", "Cariste en préparation logistique");
        add("N1105", "Manutentionnaire", "Agent / Agente de quai manutentionnaire",
                "Chargeur déchargeur / Chargeuse déchargeuse manutentionnaire");
        add("N4101", "Chauffeur / Chauffeuse de poids lourd", "Conducteur routier / Conductrice routière",
                "Conducteur / Conductrice de poids lourd", "Chauffeur routier / Chauffeuse routière");
        add("N4105", "Chauffeur-livreur / Chauffeuse-livreuse", "Livreur / Livreuse",
                "Conducteur-livreur / Conductrice-livreuse de marchandises", "Aide-livreur / Aide-livreuse");
        add("N4103", "Conducteur / Conductrice de bus", "Conducteur / Conductrice de car",
                "Conducteur / Conductrice transport scolaire");
        add("N1102", "Déménageur / Déménageuse", "Aide-déménageur / Aide-déménageuse");
        add("A1401", "Aide agricole en arboriculture", "Aide viticole", "Cueilleur / Cueilleuse de fruits",
                "Vendangeur / Vendangeuse");
        add("A1414", "Ouvrier / Ouvrière de culture maraîchère", "Maraîcher / Maraîchère",
                "Ouvrier / Ouvrière agricole en maraîchage-horticulture", "Horticulteur / Horticultrice");
        add("A1203", "Jardinier / Jardinière d'espaces verts", "Ouvrier / Ouvrière paysagiste",
                "Agent / Agente d'entretien des parcs et jardins", "Ouvrier / Ouvrière d'entretien des espaces verts");
        add("A1416", "Ouvrier agricole polyvalent / Ouvrière agricole polyvalente",
                "Ouvrier / Ouvrière en polyculture élevage");
        add("A1405", "Ouvrier / Ouvrière en viticulture", "Ouvrier / Ouvrière arboricole", "Tailleur / Tailleuse de vigne");
        add("A1101", "Conducteur / Conductrice de tracteur", "Tractoriste agricole",
                "Chauffeur / Chauffeuse de machines agricoles");
        add("H3302", "Agent / Agente de conditionnement manuel", "Opérateur / Opératrice d'emballage manuel",
                "Trieur / Trieuse en industrie de transformation", "Agent / Agente d'opérations manuelles",
                "Agent de fabrication polyvalent / Agente de fabrication polyvalente en industrie");
        add("H2909", "Agent / Agente de montage mécanique", "Monteur / Monteuse sur chaîne d'assemblage",
                "Opérateur / Opératrice d'assemblage mécanique", "Assembleur monteur / Assembleuse monteuse");
        add("H3301", "Conducteur / Conductrice de ligne de conditionnement",
                "Opérateur / Opératrice de ligne de conditionnement", "Conducteur / Conductrice de machines d'emballage");
        add("H2102", "Agent / Agente de fabrication de production alimentaire",
                "Conducteur / Conductrice de machines en industrie alimentaire",
                "Conducteur / Conductrice de ligne de production/fabrication en industrie alimentaire");
        add("H2913", "Soudeur / Soudeuse à l'arc électrique", "Soudeur / Soudeuse Tungsten Inert Gas -TIG-",
                "Soudeur / Soudeuse Metal Active Gas -MAG-");
        add("H2101", "Ouvrier / Ouvrière de découpe de viandes", "Opérateur / Opératrice d'abattage",
                "Préparateur / Préparatrice de volailles", "Désosseur / Désosseuse");
        add("H3203", "Stratifieur / Stratifieuse", "Opérateur / Opératrice en matériaux composites",
                "Mouleur-stratifieur / Mouleuse-stratifieuse");
        add("H3404", "Peintre industriel / industrielle", "Opérateur / Opératrice de peinture industrielle",
                "Peintre en construction navale");
        add("K2304", "Agent / Agente de tri des déchets", "Valoriste", "Agent / Agente de récupération et de recyclage",
                "Trieur / Trieuse de textiles usagés");
        add("H2903", "Fraiseur / Fraiseuse", "Conducteur / Conductrice de machines outils d'usinage des métaux",
                "Décolleteur / Décolleteuse");
        add("H2911", "Métallier industriel / Métallière industrielle",
                "Charpentier / Charpentière métallique en construction navale",
                "Assembleur / Assembleuse en construction et réparation navale");
        add("K1302", "Auxiliaire de vie", "Assistant / Assistante de vie", "Aide aux personnes âgées",
                "Auxiliaire de Vie Sociale -AVS-");
        add("K1304", "Aide à domicile", "Aide ménager / ménagère à domicile", "Employé / Employée de ménage",
                "Agent / Agente à domicile");
        add("J1501", "Aide-soignant / Aide-soignante", "Aide-soignant / Aide-soignante en gériatrie");
        add("K1303", "Garde d'enfant à domicile", "Assistant / Assistante accueil petite enfance",
                "Agent spécialisé / Agente spécialisée des écoles maternelles -ASEM-", "Auxiliaire parental / parentale");
        add("J1301", "Agent / Agente des services hospitaliers", "Agent hospitalier / Agente hospitalière",
                "Agent / Agente de bio nettoyage hospitalier");
        add("G1603", "Employé polyvalent / Employée polyvalente de restauration",
                "Equipier polyvalent / Equipière polyvalente de restauration rapide",
                "Employé / Employée de restauration collective", "Agent / Agente de restauration rapide");
        add("G1602", "Commis / Commise de cuisine", "Cuisinier / Cuisinière", "Cuisinier / Cuisinière de collectivité");
        add("G1605", "Plongeur / Plongeuse en restauration", "Aide de cuisine", "Agent / Agente de cuisine");
        add("G1803", "Serveur / Serveuse en restauration", "Commis / Commise de salle", "Serveur / Serveuse de restaurant");
        add("G1501", "Valet / Femme de chambre", "Employé / Employée d'étage en hôtellerie");
        add("D1507", "Employé / Employée de rayon", "Employé / Employée de libre-service",
                "Employé polyvalent / Employée polyvalente de libre-service");
        add("D1505", "Caissier / Caissière", "Hôte / Hôtesse de caisse", "Caissier / Caissière en libre-service");
        add("D1106", "Vendeur / Vendeuse en alimentation générale", "Vendeur / Vendeuse en boulangerie-pâtisserie",
                "Vendeur / Vendeuse de fruits et légumes");
        add("K2503", "Agent / Agente de sécurité", "Agent / Agente de prévention et de sécurité",
                "Agent / Agente de surveillance");
        add("M1602", "Agent administratif / Agente administrative", "Employé administratif / Employée administrative");
        add("M1601", "Agent / Agente d'accueil", "Hôte / Hôtesse d'accueil", "Standardiste");
        add("I1604", "Mécanicien / Mécanicienne automobile", "Mécanicien / Mécanicienne de maintenance automobile");
    }

    private CommonTitles() {
    }

    private static void add(String occupation, String... labels) {
        TITLES.put(occupation, List.copyOf(Arrays.asList(labels)));
    }

    /** The common titles of an occupation, most frequent first; empty for an occupation not listed. */
    static List<String> of(String occupation) {
        return TITLES.getOrDefault(occupation, List.of());
    }
}
