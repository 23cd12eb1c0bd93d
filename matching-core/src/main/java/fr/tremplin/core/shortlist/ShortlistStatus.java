package fr.tremplin.core.shortlist;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The shortlist as a whole; see the package comment. */
public enum ShortlistStatus {
    DRAFT("brouillon"),
    SENT("envoyée à l'employeur"),
    CLOSED("clôturée"),
    WITHDRAWN("retirée par le conseiller");

    private static final Map<ShortlistStatus, Set<ShortlistStatus>> NEXT = new EnumMap<>(ShortlistStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(SENT, WITHDRAWN, CLOSED));
        NEXT.put(SENT, EnumSet.of(CLOSED, WITHDRAWN));
        NEXT.put(CLOSED, EnumSet.noneOf(ShortlistStatus.class));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(ShortlistStatus.class));
    }

    private final String label;

    ShortlistStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ShortlistStatus> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(ShortlistStatus target) {
        return NEXT.get(this).contains(target);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** @throws IllegalTransitionException naming the states reachable from here */
    public void requireMoveTo(ShortlistStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException("la liste", name(), label, target.name(),
                    NEXT.get(this).stream().map(Enum::name).toList());
        }
    }
}
