package fr.tremplin.core.shortlist;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonTest {

    @Test
    void reasonsAreFoundOnlyInTheirCategory() {
        assertThat(Reason.find("NO_SHOW", ReasonCategory.DECLINE)).contains(Reason.NO_SHOW);
        assertThat(Reason.find("NO_SHOW", ReasonCategory.WITHDRAWAL)).isEmpty();
        assertThat(Reason.find("OTHER", ReasonCategory.WITHDRAWAL)).contains(Reason.OTHER);
        assertThat(Reason.find("PLACED_ELSEWHERE", ReasonCategory.DECLINE)).isEmpty();
        assertThat(Reason.find("nonsense", ReasonCategory.DECLINE)).isEmpty();
    }

    @Test
    void everyReasonHasAFrenchLabel() {
        for (Reason r : Reason.values()) {
            assertThat(r.label()).isNotBlank();
        }
        assertThat(Reason.codes(ReasonCategory.SYSTEM)).isEqualTo("NO_ANSWER, PLACED_ELSEWHERE, VACANCY_FILLED, SEEKER_ERASED");
    }
}
