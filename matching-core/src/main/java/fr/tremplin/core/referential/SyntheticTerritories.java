package fr.tremplin.core.referential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A national-scale map for benchmarks, made from the only communes the product ships (Loire-Atlantique's): each
 * copy moves every commune of the département, with its population, by the same offset onto one cell of a 10 × 10
 * grid spanning latitudes 42.5–51.5° and longitudes −4.6–8.5° (France's bounding box). Cells are 1° of latitude by
 * 1.45° of longitude apart (about 110 km both ways), so a copy borders its neighbours as départements do, and a
 * person's 10 to 50 km radius reaches about one copy, as in a real département. The cell nearest the real
 * Loire-Atlantique is skipped. Copy {@code k} takes a real département number other than 20 and 44 ({@code 01}
 * to {@code 95}) as the first two digits of its INSEE and postal codes; the names say "(copie 35)".
 *
 * <p>What this preserves of a national population: how many people a vacancy's radius can reach (a département's
 * share), the density inside a département, the same occupations and skills. What it does not: the real
 * differences between départements (the copies are identical but for the random draws).
 */
public final class SyntheticTerritories {

    /** At most this many copies: one per French département number from 01 to 95 except 20 and 44. */
    public static final int MAX_COPIES = 93;

    private static final double FIRST_LAT = 42.5;
    private static final double FIRST_LON = -4.6;
    private static final double LAT_STEP = 1.0;
    private static final double LON_STEP = 1.45;
    private static final int GRID = 10;

    private SyntheticTerritories() {
    }

    /**
     * @param originals the real communes
     * @param copies    1 to {@value #MAX_COPIES}
     * @return {@code copies × originals.size()} new communes
     */
    static List<Commune> communes(Collection<Commune> originals, int copies) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("Synthetic territories: between 1 and " + MAX_COPIES
                    + " copies, not " + copies);
        }
        double centreLat = originals.stream().mapToDouble(Commune::lat).average().orElseThrow();
        double centreLon = originals.stream().mapToDouble(Commune::lon).average().orElseThrow();
        List<double[]> cells = cells(centreLat, centreLon);
        List<String> numbers = departmentNumbers();
        List<Commune> moved = new ArrayList<>(copies * originals.size());
        for (int k = 0; k < copies; k++) {
            String number = numbers.get(k);
            double dLat = cells.get(k)[0] - centreLat;
            double dLon = cells.get(k)[1] - centreLon;
            for (Commune c : originals) {
                moved.add(new Commune(number + c.insee().substring(2), c.name() + " (copie " + number + ")",
                        c.postalCodes().stream().map(p -> number + p.substring(2)).toList(),
                        c.lat() + dLat, c.lon() + dLon, c.population()));
            }
        }
        return moved;
    }

    /** The département number of copy {@code k} (0-based): the first two digits of its INSEE codes. */
    public static String departmentNumber(int k) {
        return departmentNumbers().get(k);
    }

    private static List<String> departmentNumbers() {
        List<String> numbers = new ArrayList<>();
        for (int n = 1; n <= 95; n++) {
            if (n != 20 && n != 44) {
                numbers.add(String.format("%02d", n));
            }
        }
        return numbers;
    }

    /** Grid cells (lat, lon) row by row, without the one nearest the real département. */
    private static List<double[]> cells(double centreLat, double centreLon) {
        List<double[]> cells = new ArrayList<>();
        for (int row = 0; row < GRID; row++) {
            for (int column = 0; column < GRID; column++) {
                cells.add(new double[] {FIRST_LAT + row * LAT_STEP, FIRST_LON + column * LON_STEP});
            }
        }
        double[] nearest = cells.stream().min(Comparator.comparingDouble(
                c -> GeoDistance.km(c[0], c[1], centreLat, centreLon))).orElseThrow();
        cells.remove(nearest);
        return cells;
    }
}
