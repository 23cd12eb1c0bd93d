package fr.tremplin.data.demo;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.vacancy.ContractType;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The French description of a demo vacancy, as an employer or an adviser would post it. */
final class VacancyText {

    private VacancyText() {
    }

    record Facts(String employerName, EmployerKind kind, String title, int positions, String communeName,
                 List<String> missionLabels, ContractType contract, int hoursPerWeek, LocalDate startDate,
                 List<String> requiredLicences, PublicContract clause) {}

    static String describe(Facts f, SplittableRandom r) {
        StringBuilder text = new StringBuilder(600);
        text.append(f.employerName()).append(" recrute : ").append(f.title()).append(", ")
                .append(f.positions()).append(f.positions() > 1 ? " postes à pourvoir " : " poste à pourvoir ")
                .append(FrenchText.atPlace(f.communeName())).append(".\n");
        text.append("Missions principales : ").append(missions(f.missionLabels())).append(".\n");
        text.append(contract(f.contract(), r)).append(", ").append(f.hoursPerWeek()).append(" h par semaine, à partir du ")
                .append(FrenchText.longDate(f.startDate())).append(".\n");
        if (!f.requiredLicences().isEmpty()) {
            text.append("Permis ").append(String.join(", ", f.requiredLicences())).append(" exigé. ");
        }
        text.append(profile(f.contract(), r));
        switch (f.kind()) {
            case EMPLOYER_GROUP -> text.append("\nParcours de qualification en alternance, avec un accompagnement "
                    + "socioprofessionnel du GEIQ tout au long du contrat.");
            case SIAE -> text.append("\nPoste en insertion : accompagnement socioprofessionnel et formation pendant "
                    + "tout le parcours.");
            case PUBLIC_BUYER -> text.append("\nPoste au sein des services de la collectivité.");
            case COMPANY -> { }
        }
        if (f.clause() != null) {
            text.append("\nPoste ouvert au titre de la clause sociale d'insertion du marché ").append(f.clause().ref())
                    .append(" (").append(f.clause().buyer().name()).append(").");
        }
        return text.toString();
    }

    /** Work-study and insertion contracts are for beginners: they never ask for experience. */
    private static String profile(ContractType contract, SplittableRandom r) {
        boolean beginners = switch (contract) {
            case APPRENTICESHIP, PROFESSIONALISATION, IAE, PEC -> true;
            case CDI, CDD, INTERIM -> false;
        };
        return beginners
                ? DemoRandom.oneOf(r, "Débutant accepté, formation assurée sur le poste.",
                        "Aucune expérience exigée : la motivation compte avant tout.",
                        "Poste accessible après une immersion en entreprise.", "Tenue de travail et équipements fournis.")
                : DemoRandom.oneOf(r, "Débutant accepté, formation assurée sur le poste.",
                        "Une première expérience dans le métier est appréciée.", "Expérience d'au moins un an souhaitée.",
                        "Poste accessible après une immersion en entreprise.", "Tenue de travail et équipements fournis.");
    }

    private static String missions(List<String> labels) {
        List<String> lower = labels.stream().map(FrenchText::lowerFirst).toList();
        if (lower.size() == 1) {
            return lower.getFirst();
        }
        return String.join(", ", lower.subList(0, lower.size() - 1)) + " et " + lower.getLast();
    }

    private static String contract(ContractType type, SplittableRandom r) {
        return switch (type) {
            case CDI -> "CDI";
            case CDD -> "CDD de " + DemoRandom.oneOf(r, 3, 6, 9, 12) + " mois";
            case INTERIM -> "Mission d'intérim de " + DemoRandom.oneOf(r, 2, 4, 8) + " semaines, renouvelable";
            case APPRENTICESHIP -> "Contrat d'apprentissage préparant un CAP ou un titre professionnel";
            case PROFESSIONALISATION -> "Contrat de professionnalisation de " + DemoRandom.oneOf(r, 6, 12, 18)
                    + " mois avec formation qualifiante";
            case PEC -> "Contrat PEC (parcours emploi compétences) de " + DemoRandom.oneOf(r, 9, 12) + " mois";
            case IAE -> "Contrat à durée déterminée d'insertion (CDDI) de " + DemoRandom.oneOf(r, 4, 6, 12) + " mois";
        };
    }
}
