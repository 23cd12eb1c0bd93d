package fr.tremplin.api.matching;

import fr.tremplin.core.index.ErasureKeys;
import fr.tremplin.data.outbox.AggregateType;
import fr.tremplin.indexer.mapping.SeekerDisplays.SeekerDisplay;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** When a page may show a person's name read earlier without reading it again, and when not. */
class RememberedNamesTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final RememberedNames names = new RememberedNames(now::get);
    private final SeekerDisplay amina = new SeekerDisplay("Amina D.", "UT-NANTES");
    private final SeekerDisplay paul = new SeekerDisplay("Paul M.", "UT-SAINT-NAZAIRE");

    @Test
    void aNameIsKnownUntilAChangeOfItsPersonIsTold() {
        names.remember(Map.of("p1", amina, "p2", paul), names.ticket());
        assertThat(names.known(List.of("p1", "p2", "p3"))).isEqualTo(Map.of("p1", amina, "p2", paul));

        names.changed(AggregateType.JOB_SEEKER, List.of("p1"));
        assertThat(names.known(List.of("p1", "p2"))).as("p1 changed").isEqualTo(Map.of("p2", paul));
        names.changed(AggregateType.VACANCY, List.of("p2"));
        names.changed(AggregateType.EMPLOYER, List.of("p2"));
        assertThat(names.known(List.of("p2"))).as("not a person's change").isEqualTo(Map.of("p2", paul));
    }

    @Test
    void anErasureForgetsEveryNameSinceItsKeyCannotBeTracedToAnId() {
        names.remember(Map.of("p1", amina, "p2", paul), names.ticket());
        names.changed(AggregateType.JOB_SEEKER, List.of(ErasureKeys.of("someone-else")));
        assertThat(names.known(List.of("p1", "p2"))).isEmpty();
    }

    @Test
    void namesReadWhileAChangeWasToldAreNotKept() {
        long ticket = names.ticket();
        names.changed(AggregateType.JOB_SEEKER, List.of("p9")); // e.g. recorded while the rows were being read
        names.remember(Map.of("p1", amina), ticket);
        assertThat(names.known(List.of("p1"))).isEmpty();

        names.remember(Map.of("p1", amina), names.ticket());
        assertThat(names.known(List.of("p1"))).as("read again afterwards").containsEntry("p1", amina);
    }

    @Test
    void aNameIsTrustedForAMinuteAtMost() {
        names.remember(Map.of("p1", amina), names.ticket());
        now.addAndGet(RememberedNames.TRUSTED_FOR.toNanos() - 1);
        assertThat(names.known(List.of("p1"))).containsEntry("p1", amina);
        now.addAndGet(1);
        assertThat(names.known(List.of("p1"))).isEmpty();
    }

    @Test
    void theOldestReadNamesAreForgottenBeyondTheCapacity() {
        for (int i = 0; i <= RememberedNames.CAPACITY; i++) {
            names.remember(Map.of("p" + i, amina), names.ticket());
            if (i == 10) {
                names.remember(Map.of("p0", amina), names.ticket()); // read again: no longer the oldest
            }
        }
        assertThat(names.size()).isEqualTo(RememberedNames.CAPACITY);
        assertThat(names.known(List.of("p1"))).as("the oldest read").isEmpty();
        assertThat(names.known(List.of("p0", "p" + RememberedNames.CAPACITY))).hasSize(2);
    }

    @Test
    void theExpiredNamesLeaveMemoryAtTheNextUseOrSweep() {
        long minute = RememberedNames.TRUSTED_FOR.toNanos();
        names.remember(Map.of("p1", amina), names.ticket());
        now.addAndGet(minute / 2);
        names.remember(Map.of("p2", paul), names.ticket());
        now.addAndGet(minute / 2);
        names.sweep();
        assertThat(names.size()).as("p1 read a minute ago").isEqualTo(1);
        assertThat(names.known(List.of("p2"))).containsEntry("p2", paul);

        names.remember(Map.of("p2", paul), names.ticket()); // read again: trusted from now
        now.addAndGet(minute - 1);
        assertThat(names.known(List.of("p2"))).containsEntry("p2", paul);
        now.addAndGet(1);
        assertThat(names.known(List.of("p3"))).as("another person asked").isEmpty();
        assertThat(names.size()).as("p2 dropped at that use").isZero();
    }
}
