package fr.tremplin.core.shortlist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;

import static fr.tremplin.core.shortlist.CandidateStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CandidateStatusTest {

    @Test
    void theHappyPathGoesFromDraftToHired() {
        assertThat(DRAFT.canMoveTo(PROPOSED)).isTrue();
        assertThat(PROPOSED.canMoveTo(VIEWED)).isTrue();
        assertThat(VIEWED.canMoveTo(INTERVIEW)).isTrue();
        assertThat(INTERVIEW.canMoveTo(HIRED)).isTrue();
    }

    @Test
    void hiringNeedsAnInterviewFirst() {
        assertThat(PROPOSED.canMoveTo(HIRED)).isFalse();
        assertThat(VIEWED.canMoveTo(HIRED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"HIRED", "DECLINED", "WITHDRAWN", "EXPIRED", "CLOSED"})
    void finalStatesGoNowhere(CandidateStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(status.next()).isEmpty();
        assertThat(EnumSet.allOf(CandidateStatus.class)).noneMatch(status::canMoveTo);
    }

    @Test
    void onlyUnansweredProposalsExpire() {
        assertThat(EnumSet.allOf(CandidateStatus.class).stream().filter(s -> s.canMoveTo(EXPIRED)))
                .containsExactlyInAnyOrder(PROPOSED, VIEWED);
        assertThat(EnumSet.allOf(CandidateStatus.class).stream().filter(CandidateStatus::awaitsAnswer))
                .containsExactlyInAnyOrder(PROPOSED, VIEWED);
    }

    @Test
    void contactDetailsOnlyOnceTheEmployerAskedToMeet() {
        assertThat(EnumSet.allOf(CandidateStatus.class).stream().filter(CandidateStatus::showsContactToEmployer))
                .containsExactlyInAnyOrder(INTERVIEW, HIRED);
        assertThat(DRAFT.showsProfileToEmployer()).isFalse();
        assertThat(WITHDRAWN.showsProfileToEmployer()).isFalse();
        assertThat(PROPOSED.showsProfileToEmployer()).isTrue();
    }

    @Test
    void anIllegalAnswerNamesTheAnswersAllowedFromHere() {
        IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                () -> VIEWED.requireMoveTo(HIRED, ANSWERS));
        assertThat(e.from()).isEqualTo("VIEWED");
        assertThat(e.to()).isEqualTo("HIRED");
        assertThat(e.allowed()).containsExactly("INTERVIEW", "DECLINED");
        assertThat(e.getMessage()).contains("VIEWED", "HIRED", "INTERVIEW, DECLINED");
    }

    @Test
    void aFinalStateSaysSo() {
        assertThatThrownBy(() -> HIRED.requireMoveTo(DECLINED, ANSWERS))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Aucune transition");
    }

    @Test
    void aMoveOutsideTheCallersChoicesIsRefusedEvenIfTheMachineAllowsIt() {
        IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                () -> PROPOSED.requireMoveTo(WITHDRAWN, ANSWERS));
        assertThat(e.allowed()).isEqualTo(List.of("INTERVIEW", "DECLINED"));
    }
}
