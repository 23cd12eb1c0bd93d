package fr.tremplin.data.seeker;

import fr.tremplin.core.index.ErasureKeys;

import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.data.outbox.OutboxEvent;
import fr.tremplin.data.outbox.OutboxOperation;
import fr.tremplin.data.outbox.OutboxRepository;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.tremplin.data.testing.JobSeekerFixture.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class JobSeekerServiceTest {
    @Inject
    JobSeekerService service;
    @Inject
    JobSeekerRepository repository;
    @Inject
    OutboxRepository outbox;

    private List<OutboxEvent> eventsOf(String id) {
        return outbox.findByIdGreaterThanOrderByIdAsc(0, Pageable.from(0, 10_000)).stream()
                .filter(e -> e.aggregateId().equals(id)).toList();
    }

    @Test
    void aRoundTripKeepsEveryFieldOnRealMariaDb() {
        JobSeeker draft = aJobSeeker().targeting("F1703", "F1704").licences("B", "C")
                .experiences(new Experience("F1703", 2.5), new Experience("F1704", 1.0))
                .withSkills("100007", "100010").publics("RSA", "RQTH").summary("Maçonne — « chantier » d'été").build();
        JobSeeker saved = service.create(draft);

        JobSeeker read = repository.findById(saved.id()).orElseThrow();
        assertThat(read.version()).isZero();
        assertThat(read.createdAt()).isNotNull();
        assertThat(read.targetOccupations()).containsExactly("F1703", "F1704");
        assertThat(read.licences()).containsExactly("B", "C");
        assertThat(read.experiences()).containsExactly(new Experience("F1703", 2.5), new Experience("F1704", 1.0));
        assertThat(read.skills()).containsExactly("100007", "100010");
        assertThat(read.publics()).containsExactly("RSA", "RQTH");
        assertThat(read.summary()).isEqualTo("Maçonne — « chantier » d'été");
        assertThat(read.birthDate()).isEqualTo(draft.birthDate());
        assertThat(read.workingTime()).isEqualTo(draft.workingTime());
        assertThat(read.status()).isEqualTo(SeekerStatus.ACTIVE);
    }

    @Inject
    fr.tremplin.data.transfer.ImportTransaction importTransaction;
    @Inject
    ConsentHistory consents;
    @Inject
    fr.tremplin.data.audit.AuditLog audit;

    @Test
    void theBatchedCreationsOfAnImportWriteWhatOneCreationWrites() {
        fr.tremplin.data.audit.Auditor who = new fr.tremplin.data.audit.Auditor("import-test", "ADMIN");
        List<JobSeeker> created = new java.util.ArrayList<>();
        importTransaction.run(() -> created.addAll(service.createAll(List.of(aJobSeeker().build(),
                aJobSeeker().consent(false).build()), who, ConsentSource.IMPORT)));
        assertThat(created).hasSize(2);
        for (JobSeeker s : created) {
            JobSeeker read = repository.findById(s.id()).orElseThrow();
            assertThat(read.version()).isZero();
            assertThat(read.createdAt()).isNotNull();
            assertThat(eventsOf(s.id())).extracting(OutboxEvent::operation).containsExactly(OutboxOperation.UPSERT);
            assertThat(consents.of(s.id())).singleElement().satisfies(c -> {
                assertThat(c.given()).isEqualTo(read.consentToShare());
                assertThat(c.source()).isEqualTo("IMPORT");
            });
            assertThat(audit.search(new fr.tremplin.data.audit.AuditQuery(s.id(), null, null, null, null),
                    Pageable.from(0, 10)).getContent()).singleElement().satisfies(a -> {
                assertThat(a.action()).isEqualTo(fr.tremplin.data.audit.AuditAction.CREATE);
                assertThat(a.actor()).isEqualTo("import-test");
                assertThat(a.unit()).isEqualTo(read.employmentUnit());
            });
        }
        assertThat(created.get(1).consentToShare()).isFalse();
    }

    @Test
    void everyWriteAppendsItsOutboxEvent() {
        JobSeeker saved = service.create(aJobSeeker().build());
        JobSeeker updated = service.update(saved.id(), 0, aJobSeeker().externalRef(saved.externalRef())
                .named("Awa", "Diallo").build());
        assertThat(updated.version()).isEqualTo(1L);
        service.delete(saved.id());

        // erasure: the events that named the person now carry the erasure key, never the id
        assertThat(eventsOf(saved.id())).isEmpty();
        assertThat(eventsOf(ErasureKeys.of(saved.id()))).extracting(OutboxEvent::aggregateType, OutboxEvent::operation).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AggregateType.JOB_SEEKER, OutboxOperation.UPSERT),
                org.assertj.core.groups.Tuple.tuple(AggregateType.JOB_SEEKER, OutboxOperation.UPSERT),
                org.assertj.core.groups.Tuple.tuple(AggregateType.JOB_SEEKER, OutboxOperation.DELETE));
        assertThat(repository.findById(saved.id())).isEmpty();
    }

    @Test
    void aFailedWriteLeavesNeitherRowNorEvent() {
        long seekersBefore = repository.count();
        long eventsBefore = outbox.count();
        // an employment unit that does not exist violates the foreign key inside the transaction
        assertThatThrownBy(() -> service.create(aJobSeeker().unit("NO-SUCH-UNIT").build()))
                .isInstanceOf(DataAccessException.class);
        assertThat(repository.count()).isEqualTo(seekersBefore);
        assertThat(outbox.count()).isEqualTo(eventsBefore);
    }

    @Test
    void duplicateExternalRefIsAConflict() {
        service.create(aJobSeeker().externalRef("RSA-SVC-DUP").build());
        assertThatThrownBy(() -> service.create(aJobSeeker().externalRef("RSA-SVC-DUP").build()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("externalRef"));
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        JobSeeker saved = service.create(aJobSeeker().build());
        service.update(saved.id(), 0, aJobSeeker().externalRef(saved.externalRef()).named("Un", "Premier").build());
        assertThatThrownBy(() -> service.update(saved.id(), 0,
                aJobSeeker().externalRef(saved.externalRef()).named("Deux", "Second").build()))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.findById(saved.id()).orElseThrow().lastName()).isEqualTo("Premier");
    }

    @Test
    void erasingAnUnknownPersonIsNotFound() {
        assertThatThrownBy(() -> service.delete("nobody")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listFiltersAndPages() {
        service.create(aJobSeeker().named("Zoé", "Quintard").unit("ANCENIS").build());
        service.create(aJobSeeker().named("Yann", "Quintard").unit("ANCENIS").status(SeekerStatus.PAUSED).build());
        var page = service.list("Quintard", "ANCENIS", "ACTIVE", Pageable.from(0, 10));
        assertThat(page.getTotalSize()).isEqualTo(1);
        assertThat(page.getContent()).extracting(JobSeeker::firstName).containsExactly("Zoé");
    }

    @Test
    void searchFiltersByCommuneAndOccupationAndSortsStably() {
        JobSeeker a = service.create(aJobSeeker().named("Anne", "Vauquelin").unit("ANCENIS").in("44003")
                .targeting("F1703", "F1704").build());
        JobSeeker b = service.create(aJobSeeker().named("Bruno", "Vauquelin").unit("ANCENIS").in("44109")
                .targeting("F1704").build());
        service.create(aJobSeeker().named("Carla", "Vauquelin").unit("ANCENIS").in("44003").targeting("K2204").build());

        var masons = service.list(new SeekerSearch("Vauquelin", "ANCENIS", null, null, "F1703", "name"),
                Pageable.from(0, 10));
        assertThat(masons.getContent()).extracting(JobSeeker::id).containsExactly(a.id());
        var tilers = service.list(new SeekerSearch("Vauquelin", null, null, null, "F1704", "name"),
                Pageable.from(0, 10));
        assertThat(tilers.getContent()).extracting(JobSeeker::id).containsExactly(a.id(), b.id());
        var inNantes = service.list(new SeekerSearch("Vauquelin", null, null, "44109", null, "name"),
                Pageable.from(0, 10));
        assertThat(inNantes.getContent()).extracting(JobSeeker::id).containsExactly(b.id());
        var byCommune = service.list(new SeekerSearch("Vauquelin", null, null, null, null, "commune"),
                Pageable.from(0, 10));
        assertThat(byCommune.getContent()).extracting(JobSeeker::firstName).containsExactly("Anne", "Carla", "Bruno");
        assertThatThrownBy(() -> new SeekerSearch(null, null, null, null, null, "age"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
