package fr.tremplin.core.shortlist;

import fr.tremplin.core.seeker.Public;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicsAtHireTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Test
    void agePublicsComeFromTheBirthDateOnTheStartDate() {
        assertThat(PublicsAtHire.of(List.of(Public.RSA), START.minusYears(26).plusDays(1), START))
                .containsExactlyInAnyOrder(Public.RSA, Public.YOUTH_UNDER_26);
        assertThat(PublicsAtHire.of(List.of(Public.YOUTH_UNDER_26, Public.RQTH), START.minusYears(26), START))
                .containsExactly(Public.RQTH);
        assertThat(PublicsAtHire.of(List.of(), START.minusYears(50), START)).containsExactly(Public.SENIOR_50_PLUS);
    }
}
