package fr.tremplin.data.shortlist;

import fr.tremplin.data.common.Ids;
import fr.tremplin.data.seeker.JobSeeker;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;

/** The register of what was shared with which employer (consent basis, date, recipient). */
@Singleton
public class ProfileShares {
    private final ProfileShareRepository repository;

    public ProfileShares(ProfileShareRepository repository) {
        this.repository = repository;
    }

    /** Called inside the transaction that shares; the consent was checked on this version of the profile. */
    public void record(JobSeeker seeker, Shortlist shortlist, ShareLevel level, Actor actor, Instant at) {
        repository.save(new ProfileShare(Ids.newId(), seeker.id(), shortlist.id(), shortlist.employerId(), level,
                ProfileShare.CONSENT_TO_SHARE, seeker.version(), actor.username(), at));
    }

    @ReadOnly
    public Page<ProfileShare> ofSeeker(String jobSeekerId, Pageable pageable) {
        return repository.findByJobSeekerId(jobSeekerId, pageable.getSort().isSorted() ? pageable
                : Pageable.from(pageable.getNumber(), pageable.getSize(),
                io.micronaut.data.model.Sort.of(io.micronaut.data.model.Sort.Order.desc("sharedAt"))));
    }
}
