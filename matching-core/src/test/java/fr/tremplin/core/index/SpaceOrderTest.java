package fr.tremplin.core.index;

import org.apache.lucene.geo.GeoEncodingUtils;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpaceOrderTest {

    private record Cell(int x, int y, long position) {
    }

    /**
     * The Hilbert curve's two properties the index's order relies on: an aligned square of cells is one run of
     * positions, and the cells at consecutive positions touch (a Z-order curve would have the first, not the second).
     */
    @Test
    void anAlignedSquareIsOneRunOfSideBySideCells() {
        int side = 64;
        int x0 = 32_448; // aligned on 64, at the longitude of Nantes (the grid starts at 180° W)
        int y0 = 49_920; // and at its latitude (from 90° S)
        List<Cell> cells = new ArrayList<>();
        for (int x = x0; x < x0 + side; x++) {
            for (int y = y0; y < y0 + side; y++) {
                cells.add(new Cell(x, y, SpaceOrder.hilbert(x, y)));
            }
        }
        cells.sort(Comparator.comparingLong(Cell::position));
        long first = cells.getFirst().position();
        assertThat(first % ((long) side * side)).isZero();
        for (int i = 1; i < cells.size(); i++) {
            Cell previous = cells.get(i - 1);
            Cell cell = cells.get(i);
            assertThat(cell.position()).isEqualTo(first + i);
            assertThat(Math.abs(cell.x() - previous.x()) + Math.abs(cell.y() - previous.y()))
                    .as("cells at positions %d and %d", previous.position(), cell.position()).isEqualTo(1);
        }
    }

    /** Consecutive positions touch everywhere, here across the curve's top-level quadrants (the middle of the grid). */
    @Test
    void theCurveTurnsRightWhereItsLargestQuadrantsMeet() {
        int middle = 1 << (SpaceOrder.ORDER - 1);
        List<Cell> cells = new ArrayList<>();
        for (int x = middle - 40; x < middle + 40; x++) {
            for (int y = middle - 40; y < middle + 40; y++) {
                cells.add(new Cell(x, y, SpaceOrder.hilbert(x, y)));
            }
        }
        cells.sort(Comparator.comparingLong(Cell::position));
        int checked = 0;
        for (int i = 1; i < cells.size(); i++) {
            Cell previous = cells.get(i - 1);
            Cell cell = cells.get(i);
            if (cell.position() == previous.position() + 1) {
                assertThat(Math.abs(cell.x() - previous.x()) + Math.abs(cell.y() - previous.y()))
                        .as("cells at positions %d and %d", previous.position(), cell.position()).isEqualTo(1);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(6000);
    }

    /** West and south first, across the Greenwich meridian and the equator (the encoded values change sign there). */
    @Test
    void theGridRunsWestToEastAndSouthToNorthAcrossZero() {
        int west = SpaceOrder.cell(GeoEncodingUtils.encodeLongitude(-0.001));
        int east = SpaceOrder.cell(GeoEncodingUtils.encodeLongitude(0.004));
        assertThat(east).isEqualTo(west + 1).isEqualTo(1 << (SpaceOrder.ORDER - 1));
        assertThat(SpaceOrder.cell(GeoEncodingUtils.encodeLatitude(0.002)))
                .isEqualTo(SpaceOrder.cell(GeoEncodingUtils.encodeLatitude(-0.001)) + 1);
        assertThat(SpaceOrder.cell(GeoEncodingUtils.encodeLongitude(-179.999))).isZero();
        assertThat(SpaceOrder.cell(GeoEncodingUtils.encodeLongitude(179.999))).isEqualTo((1 << SpaceOrder.ORDER) - 1);
        int nantes = SpaceOrder.cell(GeoEncodingUtils.encodeLongitude(-1.5536));
        assertThat(nantes).isBetween(32_448, 32_511); // the block of the first test
        assertThat(SpaceOrder.cell(GeoEncodingUtils.encodeLatitude(47.2184))).isBetween(49_920, 49_983);
    }

    @Test
    void theCornersOfTheGridAreTheEndsOfTheCurve() {
        int last = (1 << SpaceOrder.ORDER) - 1;
        assertThat(SpaceOrder.hilbert(0, 0)).isZero();
        assertThat(SpaceOrder.hilbert(last, 0)).isEqualTo((1L << (2 * SpaceOrder.ORDER)) - 1);
    }

    @Test
    void peopleWhoCannotBeCandidatesComeAfterEveryCandidateAndNeighboursStayNear() {
        GeoPoint nantes = new GeoPoint(47.2184, -1.5536);
        GeoPoint nextStreet = new GeoPoint(47.2190, -1.5530);
        GeoPoint strasbourg = new GeoPoint(48.5734, 7.7521);
        long far = SpaceOrder.key(strasbourg, true);
        assertThat(SpaceOrder.key(nantes, false)).isGreaterThan(far).isGreaterThanOrEqualTo(SpaceOrder.NOT_CANDIDATE);
        assertThat(SpaceOrder.key(new GeoPoint(-89.9, -179.9), false)).isGreaterThan(SpaceOrder.key(
                new GeoPoint(89.9, 179.9), true));
        assertThat(Math.abs(SpaceOrder.key(nantes, true) - SpaceOrder.key(nextStreet, true)))
                .isLessThan(Math.abs(SpaceOrder.key(nantes, true) - far));
        assertThat(SpaceOrder.key(nantes, false) - SpaceOrder.NOT_CANDIDATE).isEqualTo(SpaceOrder.key(nantes, true));
    }
}
