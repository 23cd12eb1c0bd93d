package fr.tremplin.api.web.report;

import java.util.List;

/**
 * A horizontal bar chart drawn in plain inline SVG by the {@code reports/chart} fragment: each bar with its label,
 * value and width (share of the largest value, in % of the drawing area).
 */
public final class BarChart {
    private BarChart() {
    }

    public record Bar(String label, long value) {
    }

    /** One row of the chart: y position and bar width in SVG units (the drawing is 600 wide, bars start at 240). */
    public record Row(String label, long value, int y, int width) {
        public int textY() {
            return y + 17;
        }

        public int valueX() {
            return 240 + width + 6;
        }
    }

    public static final int ROW_HEIGHT = 28;
    public static final int BAR_AREA = 300;

    public static List<Row> of(List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int width = max == 0 ? 0 : (int) Math.round(BAR_AREA * (double) b.value() / max);
            rows.add(new Row(b.label(), b.value(), i * ROW_HEIGHT, Math.max(width, b.value() > 0 ? 2 : 0)));
        }
        return rows;
    }
}
