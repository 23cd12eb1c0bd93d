package fr.tremplin.api.cli;

import fr.tremplin.indexer.rebuild.ProgressListener;
import fr.tremplin.indexer.rebuild.RebuildProgress;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar redrawn in place on a terminal. */
public final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private String lastLine = "";

    public ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onProgress(RebuildProgress p) {
        double fraction = Math.max(0, Math.min(1, p.fraction()));
        int filled = (int) Math.round(fraction * WIDTH);
        String line = String.format(Locale.FRANCE, "[%s%s] %3d%% %-11s %,d/%,d  %,.0f docs/s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100), p.phase(), p.done(),
                p.total(), p.rate());
        if (!line.equals(lastLine)) {
            out.print("\r" + line);
            out.flush();
            lastLine = line;
        }
    }

    void finish() {
        out.println();
    }
}
