package fr.tremplin.api.training;

/** French words for the kinds and routes of the training lines (pages and CSV). */
public final class TrainingLabels {
    private TrainingLabels() {
    }

    public static String kind(String kind) {
        return switch (kind) {
            case "CERTIFICATION" -> "Certificat";
            case "LICENCE" -> "Permis";
            default -> "Compétence";
        };
    }

    public static String route(String route) {
        return switch (route) {
            case "GEIQ" -> "GEIQ (contrat de professionnalisation)";
            case "APPRENTICESHIP" -> "Apprentissage";
            case "PEC" -> "PEC avec formation";
            default -> "Formation";
        };
    }
}
