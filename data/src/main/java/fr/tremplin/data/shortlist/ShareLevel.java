package fr.tremplin.data.shortlist;

/** What an employer received: the pseudonymised profile, or the contact details as well. */
public enum ShareLevel { PSEUDONYMISED, CONTACT }
