package fr.tremplin.data.demo;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.core.shortlist.ShortlistStatus;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.data.shortlist.ProfileShare;
import fr.tremplin.data.shortlist.ShareLevel;
import fr.tremplin.data.shortlist.Shortlist;
import fr.tremplin.data.shortlist.ShortlistCandidate;
import fr.tremplin.data.shortlist.ShortlistTransition;
import fr.tremplin.data.shortlist.TransitionKind;
import fr.tremplin.data.vacancy.Vacancy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the past of one demo shortlist the way the services would have: each move checked against the
 * state machine, recorded as a transition, and each share recorded. Moves must come in time order.
 */
final class ShortlistStory {
    record Who(String name, String role) {
        static final Who SYSTEM = new Who("système", "SYSTEM");
    }

    private final String id;
    private final Vacancy vacancy;
    private final String unit;
    private final Who adviser;
    private final Instant createdAt;
    private final String note;
    private ShortlistStatus status = ShortlistStatus.DRAFT;
    private Instant sentAt;
    private Instant remindedAt;
    private Instant closedAt;
    private Instant lastChange;
    private final Map<String, ShortlistCandidate> candidates = new LinkedHashMap<>();
    private final Map<String, JobSeeker> people = new LinkedHashMap<>();
    private final List<ShortlistTransition> transitions = new ArrayList<>();
    private final List<ProfileShare> shares = new ArrayList<>();

    ShortlistStory(int index, Vacancy vacancy, String unit, Who adviser, Instant createdAt, String note) {
        this.id = uuid("shortlist", index);
        this.vacancy = vacancy;
        this.unit = unit;
        this.adviser = adviser;
        this.createdAt = createdAt;
        this.note = note;
        this.lastChange = createdAt;
        record(null, TransitionKind.TRANSITION, null, ShortlistStatus.DRAFT.name(), null, adviser, createdAt);
    }

    static String uuid(String kind, int index) {
        return UUID.nameUUIDFromBytes(("tremplin-demo/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    String id() {
        return id;
    }

    Vacancy vacancy() {
        return vacancy;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    void add(JobSeeker seeker) {
        String candidateId = UUID.nameUUIDFromBytes((id + "/" + seeker.id()).getBytes(StandardCharsets.UTF_8)).toString();
        candidates.put(seeker.id(), new ShortlistCandidate(candidateId, id, seeker.id(), candidates.size(),
                CandidateStatus.DRAFT, null, null, createdAt, null, createdAt, createdAt, 0L));
        people.put(seeker.id(), seeker);
        record(seeker.id(), TransitionKind.TRANSITION, null, CandidateStatus.DRAFT.name(), null, adviser, createdAt);
    }

    void send(Instant at) {
        moveList(ShortlistStatus.SENT, at);
        sentAt = at;
        for (String seekerId : List.copyOf(candidates.keySet())) {
            move(seekerId, CandidateStatus.PROPOSED, null, adviser, at);
            share(seekerId, ShareLevel.PSEUDONYMISED, at);
        }
    }

    void remind(Instant at) {
        remindedAt = at;
        record(null, TransitionKind.REMINDER, status.name(), status.name(), null,
                Who.SYSTEM, at);
        later(at);
    }

    void move(String seekerId, CandidateStatus to, Reason reason, Who who, Instant at) {
        ShortlistCandidate c = candidates.get(seekerId);
        c.status().requireMoveTo(to, List.of(to));
        candidates.put(seekerId, c.moved(to, reason, null, at));
        record(seekerId, TransitionKind.TRANSITION, c.status().name(), to.name(), reason, who, at);
        if (to == CandidateStatus.INTERVIEW) {
            share(seekerId, ShareLevel.CONTACT, at);
        }
        later(at);
    }

    /** Closes the list once nobody is left open on it, at the last change. */
    void closeIfSettled() {
        if (candidates.values().stream().noneMatch(c -> c.status().isOpen()) && !status.isFinal()) {
            moveList(ShortlistStatus.CLOSED, lastChange);
        }
    }

    boolean isOpen(String seekerId) {
        return candidates.get(seekerId).status().isOpen();
    }

    List<String> seekerIds() {
        return List.copyOf(candidates.keySet());
    }

    Shortlist shortlist() {
        return new Shortlist(id, vacancy.id(), vacancy.employerId(), unit, note, status, adviser.name(), createdAt,
                sentAt, remindedAt, closedAt, lastChange, 0L);
    }

    List<ShortlistCandidate> candidates() {
        return List.copyOf(candidates.values());
    }

    /** In time order (a stable sort: moves at the same instant keep their order). */
    List<ShortlistTransition> transitions() {
        return transitions.stream().sorted(java.util.Comparator.comparing(ShortlistTransition::occurredAt)).toList();
    }

    List<ProfileShare> shares() {
        return shares;
    }

    private void moveList(ShortlistStatus to, Instant at) {
        status.requireMoveTo(to);
        record(null, TransitionKind.TRANSITION, status.name(), to.name(), null,
                to == ShortlistStatus.CLOSED ? Who.SYSTEM : adviser, at);
        status = to;
        if (to.isFinal()) {
            closedAt = at;
        }
        later(at);
    }

    private void later(Instant at) {
        if (at.isAfter(lastChange)) {
            lastChange = at;
        }
    }

    private void share(String seekerId, ShareLevel level, Instant at) {
        JobSeeker seeker = people.get(seekerId);
        shares.add(new ProfileShare(UUID.nameUUIDFromBytes((id + "/" + seekerId + "/" + level)
                .getBytes(StandardCharsets.UTF_8)).toString(), seekerId, id, vacancy.employerId(), level,
                ProfileShare.CONSENT_TO_SHARE, seeker.version(), adviser.name(), at));
    }

    private void record(String seekerId, TransitionKind kind, String from, String to, Reason reason,
                        Who who, Instant at) {
        transitions.add(new ShortlistTransition(null, id, seekerId, kind, from, to, reason == null ? null : reason.name(),
                null, who.name(), who.role(), at));
    }
}
