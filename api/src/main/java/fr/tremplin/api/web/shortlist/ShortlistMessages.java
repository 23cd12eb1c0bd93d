package fr.tremplin.api.web.shortlist;

import fr.tremplin.api.web.form.Option;
import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.shortlist.ReasonCategory;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.data.shortlist.TransitionConflictException;

import java.util.List;
import java.util.Map;

/** French wording of the shortlist pages: refused moves, the actions people can take, the reason lists. */
final class ShortlistMessages {
    private static final Map<String, String> ACTIONS = Map.of(
            "INTERVIEW", "rencontrer la personne",
            "HIRED", "l'embaucher",
            "DECLINED", "la décliner",
            "WITHDRAWN", "la retirer",
            "PROPOSED", "l'envoyer à l'employeur",
            "SENT", "envoyer la liste",
            "CLOSED", "la clôturer");

    private ShortlistMessages() {
    }

    /** A 409 on one person: what the proposal is now and what can still be done, in words (no codes). */
    static String refusedForPerson(TransitionConflictException e) {
        return refused("la personne est « " + candidateLabel(e.from()) + " »", e.allowed());
    }

    /** A 409 on the whole list. */
    static String refusedForList(TransitionConflictException e) {
        return refused("la liste est « " + listLabel(e.from()) + " »", e.allowed());
    }

    private static String refused(String now, List<String> allowedCodes) {
        List<String> allowed = allowedCodes.stream().map(a -> ACTIONS.getOrDefault(a, a)).toList();
        return "Cette action n'est plus possible : " + now + "." + (allowed.isEmpty()
                ? " Plus aucune action n'est possible."
                : " Actions encore possibles : " + String.join(", ", allowed) + ".");
    }

    static String candidateLabel(String code) {
        for (CandidateStatus s : CandidateStatus.values()) {
            if (s.name().equals(code)) {
                return s.label();
            }
        }
        return code;
    }

    static String listLabel(String code) {
        for (ShortlistStatus s : ShortlistStatus.values()) {
            if (s.name().equals(code)) {
                return s.label();
            }
        }
        return code;
    }

    static Map<String, String> candidateStates() {
        Map<String, String> labels = new java.util.HashMap<>();
        for (CandidateStatus s : CandidateStatus.values()) {
            labels.put(s.name(), s.label());
        }
        return labels;
    }

    static Map<String, String> listStates() {
        Map<String, String> labels = new java.util.HashMap<>();
        for (ShortlistStatus s : ShortlistStatus.values()) {
            labels.put(s.name(), s.label());
        }
        return labels;
    }

    static List<Option> reasons(ReasonCategory category) {
        return Reason.of(category).stream().map(r -> new Option(r.name(), r.label())).toList();
    }
}
