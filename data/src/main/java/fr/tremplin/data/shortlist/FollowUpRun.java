package fr.tremplin.data.shortlist;

/** What one follow-up pass did: shortlists looked at, reminders recorded, proposals expired, conflicts skipped. */
public record FollowUpRun(int examined, int reminded, int expiredCandidates, int skipped) {}
