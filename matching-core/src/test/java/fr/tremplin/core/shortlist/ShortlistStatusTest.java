package fr.tremplin.core.shortlist;

import org.junit.jupiter.api.Test;

import static fr.tremplin.core.shortlist.ShortlistStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ShortlistStatusTest {

    @Test
    void aDraftIsSentOnce() {
        DRAFT.requireMoveTo(SENT);
        IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class, () -> SENT.requireMoveTo(SENT));
        assertThat(e.allowed()).containsExactly("CLOSED", "WITHDRAWN");
    }

    @Test
    void closedAndWithdrawnAreFinal() {
        assertThat(CLOSED.isFinal()).isTrue();
        assertThat(WITHDRAWN.isFinal()).isTrue();
        assertThat(catchThrowableOfType(IllegalTransitionException.class, () -> WITHDRAWN.requireMoveTo(SENT)).allowed())
                .isEmpty();
    }
}
