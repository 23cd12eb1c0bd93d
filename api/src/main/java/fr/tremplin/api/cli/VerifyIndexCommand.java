package fr.tremplin.api.cli;

import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.verify.VerifyReport;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "verify-index", mixinStandardHelpOptions = true,
        description = "Compare la base et les index (nombre, version et contenu de chaque document). Code de sortie 2 si différents.")
public class VerifyIndexCommand implements Callable<Integer> {
    @Inject
    IndexService index;

    @Override
    public Integer call() {
        VerifyReport report = index.verify();
        System.out.println(report.frenchSummary());
        return report.consistent() ? 0 : 2;
    }
}
