package fr.tremplin.data.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A share of a person's data with an employer: the record the person (or the data protection officer) can
 * ask for. The basis is the consent recorded on the profile, in the version that was checked.
 */
@MappedEntity("profile_share")
public record ProfileShare(
        @Id String id,
        String jobSeekerId,
        String shortlistId,
        String recipientEmployerId,
        ShareLevel level,
        String consentBasis,
        @Nullable Long seekerVersion,
        String sharedBy,
        Instant sharedAt) {

    /** The person's consent to share the profile with employers (job_seeker.consent_to_share). */
    public static final String CONSENT_TO_SHARE = "CONSENT_TO_SHARE";
}
