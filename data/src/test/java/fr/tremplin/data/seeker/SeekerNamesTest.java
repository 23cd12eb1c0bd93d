package fr.tremplin.data.seeker;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

/** The four columns a ranked page shows, read fresh: a renamed person is read renamed, an erased one is absent. */
@MicronautTest(transactional = false)
class SeekerNamesTest {
    @Inject
    JobSeekerService service;
    @Inject
    SeekerNames names;

    @Test
    void namesAndUnitsOfCurrentRowsOnly() {
        JobSeeker kept = service.create(aJobSeeker().named("Amina", "Diallo").build());
        JobSeeker erased = service.create(aJobSeeker().named("Paul", "Martin").build());
        service.delete(erased.id());

        List<SeekerName> read = names.findNames(List.of(kept.id(), erased.id(), "absent"));

        assertThat(read).containsExactly(new SeekerName(kept.id(), "Amina", "Diallo", kept.employmentUnit()));
        assertThat(kept.employmentUnit()).isNotBlank();
    }
}
