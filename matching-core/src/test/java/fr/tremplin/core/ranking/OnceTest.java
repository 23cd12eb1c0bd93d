package fr.tremplin.core.ranking;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnceTest {

    @Test
    void readsNothingUntilAskedThenReadsOnce() {
        AtomicInteger reads = new AtomicInteger();
        Once<String> code = Once.of(() -> "F1703#" + reads.incrementAndGet());
        assertThat(code.resolved()).isFalse();
        assertThat(reads).hasValue(0);
        assertThat(code.get()).isEqualTo("F1703#1");
        assertThat(code.get()).isEqualTo("F1703#1");
        assertThat(code.resolved()).isTrue();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aKnownValueIsResolvedFromTheStart() {
        Once<String> known = Once.done("s0000042");
        assertThat(known.resolved()).isTrue();
        assertThat(known.get()).isEqualTo("s0000042");
    }

    @Test
    void aFailedReadIsReportedUnchecked() {
        Once<String> broken = Once.of(() -> {
            throw new IOException("segment closed");
        });
        assertThatThrownBy(broken::get).isInstanceOf(UncheckedIOException.class).hasMessageContaining("hit");
    }
}
