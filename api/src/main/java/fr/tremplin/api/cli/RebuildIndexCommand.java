package fr.tremplin.api.cli;

import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.rebuild.RebuildReport;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "rebuild-index", mixinStandardHelpOptions = true,
        description = "Reconstruit les index (personnes, offres) depuis la base, puis bascule dessus.")
public class RebuildIndexCommand implements Callable<Integer> {
    @Inject
    IndexService index;

    @Override
    public Integer call() {
        ProgressBar bar = new ProgressBar(System.err);
        RebuildReport report = index.rebuild(bar);
        bar.finish();
        System.out.println(report.frenchSummary());
        return 0;
    }
}
