package fr.tremplin.core.ranking;

import fr.tremplin.core.seeker.Public;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MatchPolicyTest {

    @Test
    void defaultWeightsAddUpToOne() {
        MatchPolicy policy = MatchPolicy.defaults();
        double sum = 0;
        for (Feature feature : Feature.values()) {
            sum += policy.weight(feature);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void overridesUseTheSettingNames() {
        MatchPolicy policy = MatchPolicy.defaults().withOverrides(Map.of(
                "distanceHalfKm", "20", "availabilityGraceDays", "7", "clausePriorityPublics", "RSA, rqth",
                "occupationWeight", "0.30", "skillsWeight", "0.30"));

        assertThat(policy.distanceHalfKm()).isEqualTo(20.0);
        assertThat(policy.availabilityGraceDays()).isEqualTo(7);
        assertThat(policy.clausePriorityPublics()).isEqualTo(Set.of(Public.RSA, Public.RQTH));
        assertThat(policy.occupationWeight()).isEqualTo(0.30);
    }

    @Test
    void propertiesRoundTrip() {
        MatchPolicy policy = MatchPolicy.defaults();

        assertThat(MatchPolicy.defaults().withOverrides(policy.toProperties())).isEqualTo(policy);
        assertThat(policy.toProperties()).containsEntry("clausePriorityPublics", "RSA")
                .containsEntry("occupationWeight", "0.35");
    }

    @Test
    void weightsThatDoNotAddUpToOneAreRefusedWithTheSum() {
        assertThatThrownBy(() -> MatchPolicy.defaults().withOverrides(Map.of("textWeight", "0.2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add up to 1.100000");
    }

    @Test
    void badSettingsNameTheSetting() {
        assertThatThrownBy(() -> MatchPolicy.defaults().withOverrides(Map.of("distanceHalfKm", "0")))
                .hasMessageContaining("distanceHalfKm must be between 1 and 300, was 0");
        assertThatThrownBy(() -> MatchPolicy.defaults().withOverrides(Map.of("closeMobilityLevel", "1.5")))
                .hasMessageContaining("closeMobilityLevel must be between 0 and 1");
        assertThatThrownBy(() -> MatchPolicy.defaults().withOverrides(Map.of("evolutionMobilityLevel", "0.9")))
                .hasMessageContaining("evolutionMobilityLevel must be between 0 and 0.75");
        assertThatThrownBy(() -> MatchPolicy.defaults().withOverrides(Map.of("distanceHalfkm", "3")))
                .hasMessageContaining("Unknown match policy setting 'distanceHalfkm'");
        assertThatThrownBy(() -> MatchPolicy.defaults().withOverrides(Map.of("availabilityGraceDays", "two")))
                .hasMessageContaining("availabilityGraceDays: cannot read 'two' as int");
        assertThatThrownBy(() -> MatchPolicy.defaults().withOverrides(Map.of("clausePriorityPublics", "RSA,POOR")))
                .hasMessageContaining("clausePriorityPublics");
    }
}
