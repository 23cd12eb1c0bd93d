package fr.tremplin.data.demo;

import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.data.seeker.Experience;

import java.util.List;
import java.util.SplittableRandom;

/** The free-text summary an adviser would write, in French: job sought, experience, one strength. */
final class SeekerSummary {

    private static final String[][] STRENGTHS = {
            {"motivé et ponctuel", "motivée et ponctuelle"},
            {"à l'aise en équipe", "à l'aise en équipe"},
            {"disponible rapidement", "disponible rapidement"},
            {"prêt à se former sur le poste", "prête à se former sur le poste"},
            {"sérieux et autonome", "sérieuse et autonome"},
            {"habitué aux horaires décalés", "habituée aux horaires décalés"},
            {"a suivi une formation courte dans le métier", "a suivi une formation courte dans le métier"},
            {"souhaite une immersion en entreprise avant l'embauche", "souhaite une immersion en entreprise avant l'embauche"},
            {"bon relationnel", "bon relationnel"},
            {"accepte les missions d'intérim", "accepte les missions d'intérim"}};

    private SeekerSummary() {
    }

    /** @param experiences the person's experiences; only the one in the target occupation is mentioned */
    static String of(String occupationCode, String title, String occupationLabel, List<Experience> experiences, boolean woman,
                     WorkingTime workingTime, SplittableRandom r) {
        String strength = DemoRandom.oneOf(r, STRENGTHS)[woman ? 1 : 0];
        String time = switch (workingTime) {
            case PART_TIME -> " à temps partiel";
            case FULL_TIME -> " à temps plein";
            case ANY -> "";
        };
        String occupation = FrenchText.lowerFirst(occupationLabel);
        Experience inTarget = experiences.stream().filter(e -> e.occupation().equals(occupationCode)).findFirst()
                .orElse(null);
        if (inTarget == null) {
            return "Recherche un premier poste " + FrenchText.de(FrenchText.lowerFirst(title)) + time + " (" + occupation + "). "
                    + FrenchText.upperFirst(strength) + ".";
        }
        String experience = FrenchText.duration(inTarget.years());
        return switch (r.nextInt(3)) {
            case 0 -> title + ", " + experience + " d'expérience en " + occupation + ". Recherche un poste" + time
                    + " ; " + strength + ".";
            case 1 -> "Expérience de " + experience + " comme " + FrenchText.lowerFirst(title)
                    + ". Souhaite reprendre un emploi" + time + " dans le même métier ; " + strength + ".";
            default -> "Recherche un emploi " + FrenchText.de(FrenchText.lowerFirst(title)) + time + " (" + experience
                    + " d'expérience). " + FrenchText.upperFirst(strength) + ".";
        };
    }
}
