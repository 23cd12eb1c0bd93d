package fr.tremplin.core.shortlist;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The fixed lists of reasons for the final states DECLINED, WITHDRAWN, EXPIRED and CLOSED. */
public enum Reason {
    PROFILE_MISMATCH("Le profil ne correspond pas au poste", ReasonCategory.DECLINE),
    MISSING_SKILLS("Compétences ou qualifications insuffisantes", ReasonCategory.DECLINE),
    NOT_ENOUGH_EXPERIENCE("Expérience insuffisante", ReasonCategory.DECLINE),
    DISTANCE("Distance ou mobilité incompatible", ReasonCategory.DECLINE),
    SCHEDULE("Disponibilité ou horaires incompatibles", ReasonCategory.DECLINE),
    INTERVIEW_NOT_CONCLUSIVE("Entretien non concluant", ReasonCategory.DECLINE),
    NO_SHOW("Absence à l'entretien", ReasonCategory.DECLINE),
    CANDIDATE_DECLINED("La personne a décliné la proposition", ReasonCategory.DECLINE),
    POSITION_FILLED("Poste déjà pourvu", ReasonCategory.DECLINE),
    SEEKER_UNAVAILABLE("La personne n'est plus disponible", ReasonCategory.WITHDRAWAL),
    SEEKER_NOT_INTERESTED("La personne ne souhaite plus ce poste", ReasonCategory.WITHDRAWAL),
    CONSENT_WITHDRAWN("La personne a retiré son consentement au partage", ReasonCategory.WITHDRAWAL),
    SELECTION_ERROR("Erreur de sélection", ReasonCategory.WITHDRAWAL),
    VACANCY_CANCELLED("Offre annulée ou suspendue", ReasonCategory.WITHDRAWAL),
    OTHER("Autre motif (précisé en commentaire)", ReasonCategory.DECLINE, ReasonCategory.WITHDRAWAL),
    NO_ANSWER("Pas de réponse de l'employeur dans le délai, malgré la relance", ReasonCategory.SYSTEM),
    PLACED_ELSEWHERE("Personne recrutée sur une autre offre", ReasonCategory.SYSTEM),
    VACANCY_FILLED("Offre pourvue", ReasonCategory.SYSTEM),
    SEEKER_ERASED("Personne effacée à sa demande", ReasonCategory.SYSTEM);

    private final String label;
    private final Set<ReasonCategory> categories;

    Reason(String label, ReasonCategory first, ReasonCategory... more) {
        this.label = label;
        this.categories = EnumSet.of(first, more);
    }

    public String label() {
        return label;
    }

    public boolean belongsTo(ReasonCategory category) {
        return categories.contains(category);
    }

    /** OTHER needs a comment that says what the reason is. */
    public boolean needsComment() {
        return this == OTHER;
    }

    public static List<Reason> of(ReasonCategory category) {
        return Arrays.stream(values()).filter(r -> r.belongsTo(category)).toList();
    }

    /** The reason with this code in this category, if any. */
    public static Optional<Reason> find(String code, ReasonCategory category) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code) && r.belongsTo(category)).findFirst();
    }

    /** "PROFILE_MISMATCH, MISSING_SKILLS, ..." for error messages. */
    public static String codes(ReasonCategory category) {
        return String.join(", ", of(category).stream().map(Enum::name).toList());
    }
}
