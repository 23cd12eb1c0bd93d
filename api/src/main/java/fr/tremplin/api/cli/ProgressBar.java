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
        draw(p.fraction(), p.phase().label(), String.format(Locale.FRANCE, "%,d/%,d  %,.0f documents/s", p.done(), p.total(),
                p.rate()));
    }

    /** Any long job: the fraction done, the step in words, and the figures shown after it. */
    public void draw(double fraction, String step, String figures) {
        double bounded = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(bounded * WIDTH);
        String line = String.format(Locale.FRANCE, "[%s%s] %3d%% %s %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                Math.round(bounded * 100), step, figures);
        if (!line.equals(lastLine)) {
            // the previous line may be longer (another step): blank its tail
            out.print("\r" + line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
            out.flush();
            lastLine = line;
        }
    }

    void finish() {
        out.println();
    }
}
