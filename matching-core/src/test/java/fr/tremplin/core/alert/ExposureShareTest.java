package fr.tremplin.core.alert;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExposureShareTest {

    @Test
    void aGroupProposedInProportionToItsWeightHasRatioOne() {
        ExposureShare share = ExposureShare.of(25, 10, 100, 40);
        assertThat(share.peopleShare()).isEqualTo(0.25);
        assertThat(share.proposalShare()).isEqualTo(0.25);
        assertThat(share.ratio()).isEqualTo(1.0);
    }

    @Test
    void anUnderExposedGroupHasARatioBelowOne() {
        ExposureShare share = ExposureShare.of(40, 5, 100, 50); // 40 % of the people, 10 % of the proposals
        assertThat(share.proposalShare()).isEqualTo(0.1);
        assertThat(share.ratio()).isEqualTo(0.25);
        assertThat(ExposureShare.of(10, 20, 100, 50).ratio()).isEqualTo(4.0);
    }

    @Test
    void emptyScopesAndEmptyGroupsHaveNoRatio() {
        assertThat(ExposureShare.of(0, 0, 0, 0)).isEqualTo(new ExposureShare(0, 0, null, null, null));
        assertThat(ExposureShare.of(10, 0, 100, 0).ratio()).isNull();
        assertThat(ExposureShare.of(0, 0, 100, 10).ratio()).isNull();
        assertThat(ExposureShare.of(0, 0, 100, 10).peopleShare()).isEqualTo(0.0);
    }

    @Test
    void sharesAreRoundedToFourDecimals() {
        ExposureShare share = ExposureShare.of(1, 1, 3, 7);
        assertThat(share.peopleShare()).isEqualTo(0.3333);
        assertThat(share.proposalShare()).isEqualTo(0.1429);
        assertThat(share.ratio()).isEqualTo(0.4286);
    }

    @Test
    void aGroupLargerThanItsScopeIsRefused() {
        assertThatThrownBy(() -> ExposureShare.of(11, 0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
