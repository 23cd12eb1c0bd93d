package fr.tremplin.core.shortlist;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where one person stands on a shortlist; see the package comment for the machine. */
public enum CandidateStatus {
    DRAFT("retenue, liste non envoyée"),
    PROPOSED("proposée à l'employeur"),
    VIEWED("vue par l'employeur"),
    INTERVIEW("entretien demandé"),
    HIRED("recrutée"),
    DECLINED("non retenue par l'employeur"),
    WITHDRAWN("retirée par le conseiller"),
    EXPIRED("sans réponse dans le délai"),
    CLOSED("clôturée");

    private static final Map<CandidateStatus, Set<CandidateStatus>> NEXT = new EnumMap<>(CandidateStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(PROPOSED, WITHDRAWN, CLOSED));
        NEXT.put(PROPOSED, EnumSet.of(VIEWED, INTERVIEW, DECLINED, WITHDRAWN, EXPIRED, CLOSED));
        NEXT.put(VIEWED, EnumSet.of(INTERVIEW, DECLINED, WITHDRAWN, EXPIRED, CLOSED));
        NEXT.put(INTERVIEW, EnumSet.of(HIRED, DECLINED, WITHDRAWN, CLOSED));
        for (CandidateStatus s : values()) {
            NEXT.putIfAbsent(s, EnumSet.noneOf(CandidateStatus.class));
        }
    }

    /** The answers an employer (or an adviser on its behalf) can give. */
    public static final Set<CandidateStatus> ANSWERS = Collections.unmodifiableSet(EnumSet.of(INTERVIEW, HIRED, DECLINED));

    private final String label;

    CandidateStatus(String label) {
        this.label = label;
    }

    /** In French, for messages and exports. */
    public String label() {
        return label;
    }

    /** Every state reachable in one step. */
    public Set<CandidateStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(CandidateStatus target) {
        return NEXT.get(this).contains(target);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    public boolean isOpen() {
        return !isFinal();
    }

    /** Sent and not answered yet: what the reminder and the expiry look at. */
    public boolean awaitsAnswer() {
        return this == PROPOSED || this == VIEWED;
    }

    /** The employer may see the pseudonymised profile (it was sent and the proposal was not taken back). */
    public boolean showsProfileToEmployer() {
        return this == PROPOSED || this == VIEWED || this == INTERVIEW || this == HIRED || this == DECLINED;
    }

    /** The employer asked to meet the person: it gets the contact details of this person. */
    public boolean showsContactToEmployer() {
        return this == INTERVIEW || this == HIRED;
    }

    /**
     * Checks a move that the caller may only make towards {@code choices} (e.g. the answers).
     *
     * @throws IllegalTransitionException naming the states the caller could move to from here
     */
    public void requireMoveTo(CandidateStatus target, Collection<CandidateStatus> choices) {
        if (!canMoveTo(target) || !choices.contains(target)) {
            Set<CandidateStatus> allowed = EnumSet.noneOf(CandidateStatus.class);
            allowed.addAll(NEXT.get(this));
            allowed.retainAll(choices);
            throw new IllegalTransitionException("la candidature", name(), label, target.name(),
                    allowed.stream().map(Enum::name).toList());
        }
    }
}
