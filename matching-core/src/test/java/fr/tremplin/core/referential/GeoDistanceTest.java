package fr.tremplin.core.referential;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoDistanceTest {

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertThat(GeoDistance.km(47.0, -1.5, 48.0, -1.5)).isCloseTo(111.195, within(0.01));
    }

    @Test
    void aDegreeOfLongitudeShrinksWithLatitude() {
        assertThat(GeoDistance.km(47.0, -2.0, 47.0, -1.0)).isCloseTo(111.195 * Math.cos(Math.toRadians(47)), within(0.05));
    }

    @Test
    void samePointIsAtZeroAndAntipodesAtHalfTheCircumference() {
        assertThat(GeoDistance.km(47.2, -1.55, 47.2, -1.55)).isZero();
        assertThat(GeoDistance.km(0, 0, 0, 180)).isCloseTo(Math.PI * GeoDistance.EARTH_RADIUS_KM, within(1e-6));
    }
}
