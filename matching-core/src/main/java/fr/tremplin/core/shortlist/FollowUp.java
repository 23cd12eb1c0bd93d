package fr.tremplin.core.shortlist;

/** What a sent shortlist needs now: nothing, a reminder to the employer, or the expiry of unanswered proposals. */
public enum FollowUp { NONE, REMIND, EXPIRE }
