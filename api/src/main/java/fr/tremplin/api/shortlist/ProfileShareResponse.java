package fr.tremplin.api.shortlist;

import fr.tremplin.data.shortlist.ProfileShare;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One share of a person's data: with which employer, what (PSEUDONYMISED or CONTACT), when, on which basis. */
@Serdeable
public record ProfileShareResponse(String id, String jobSeekerId, String shortlistId, String recipientEmployerId,
                                   String level, String consentBasis, @Nullable Long seekerVersion, String sharedBy,
                                   Instant sharedAt) {
    public static ProfileShareResponse of(ProfileShare s) {
        return new ProfileShareResponse(s.id(), s.jobSeekerId(), s.shortlistId(), s.recipientEmployerId(),
                s.level().name(), s.consentBasis(), s.seekerVersion(), s.sharedBy(), s.sharedAt());
    }
}
