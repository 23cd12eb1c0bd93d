package fr.tremplin.core.ranking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page bounds, including the largest page numbers a query string can carry. */
class PageRequestTest {

    @Test
    void theDeepestPageIsAcceptedAndTheNextRefused() {
        assertThat(PageRequest.of(499, 20).depth()).isEqualTo(PageRequest.MAX_DEPTH);
        assertThatThrownBy(() -> PageRequest.of(500, 20)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("rank " + PageRequest.MAX_DEPTH);
    }

    /** page + 1 overflowed an int: the request passed the check and the ranking failed (a 500 over HTTP). */
    @Test
    void theLargestIntPageIsRefusedAsTooDeep() {
        for (int size : new int[]{1, 20, PageRequest.MAX_SIZE}) {
            assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, size))
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("rank");
        }
    }
}
