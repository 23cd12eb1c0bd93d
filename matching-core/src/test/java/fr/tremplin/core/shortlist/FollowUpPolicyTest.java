package fr.tremplin.core.shortlist;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpPolicyTest {
    private static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");
    private final FollowUpPolicy policy = new FollowUpPolicy(Duration.ofDays(7), Duration.ofDays(14));

    @Test
    void nothingBeforeTheReminderDelay() {
        assertThat(policy.decide(SENT, null, SENT.plus(Duration.ofDays(7)).minusSeconds(1))).isEqualTo(FollowUp.NONE);
    }

    @Test
    void remindAfterTheReminderDelay() {
        assertThat(policy.decide(SENT, null, SENT.plus(Duration.ofDays(7)))).isEqualTo(FollowUp.REMIND);
    }

    @Test
    void neverExpireWithoutAReminderFirst() {
        assertThat(policy.decide(SENT, null, SENT.plus(Duration.ofDays(40)))).isEqualTo(FollowUp.REMIND);
    }

    @Test
    void expireAtTheDeadlineOnceReminded() {
        Instant reminded = SENT.plus(Duration.ofDays(7));
        assertThat(policy.decide(SENT, reminded, SENT.plus(Duration.ofDays(14)).minusSeconds(1))).isEqualTo(FollowUp.NONE);
        assertThat(policy.decide(SENT, reminded, SENT.plus(Duration.ofDays(14)))).isEqualTo(FollowUp.EXPIRE);
    }

    @Test
    void aLateReminderGivesTheEmployerTheFullGracePeriod() {
        Instant lateReminder = SENT.plus(Duration.ofDays(20));
        assertThat(policy.answerDeadline(SENT, lateReminder)).isEqualTo(lateReminder.plus(Duration.ofDays(7)));
        assertThat(policy.decide(SENT, lateReminder, SENT.plus(Duration.ofDays(21)))).isEqualTo(FollowUp.NONE);
        assertThat(policy.decide(SENT, lateReminder, SENT.plus(Duration.ofDays(27)))).isEqualTo(FollowUp.EXPIRE);
    }

    @Test
    void expiryMustComeAfterTheReminder() {
        assertThatThrownBy(() -> new FollowUpPolicy(Duration.ofDays(7), Duration.ofDays(7)))
                .hasMessageContaining("expire-after");
        assertThatThrownBy(() -> new FollowUpPolicy(Duration.ZERO, Duration.ofDays(7)))
                .hasMessageContaining("reminder-after");
    }
}
