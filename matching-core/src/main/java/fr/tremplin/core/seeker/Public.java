package fr.tremplin.core.seeker;

/** Priority publics of the département's insertion policy. */
public enum Public {
    RSA, YOUTH_UNDER_26, RQTH, LONG_TERM_UNEMPLOYED, SENIOR_50_PLUS, QPV_RESIDENT
}
