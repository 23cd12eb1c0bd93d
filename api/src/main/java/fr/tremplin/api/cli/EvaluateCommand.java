package fr.tremplin.api.cli;

import fr.tremplin.core.evaluation.Evaluation;
import fr.tremplin.core.evaluation.EvaluationReport;
import fr.tremplin.core.evaluation.JudgedSetFiles;
import fr.tremplin.core.evaluation.ProspectEvaluation;
import fr.tremplin.core.evaluation.TrainingEvaluation;
import fr.tremplin.core.ranking.MatchPolicy;
import fr.tremplin.core.referential.Referential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Relevance evaluation on the judged set (docs/relevance.md): nDCG@10, recall@50, MRR. Needs neither the
 * database nor the index: it builds its own in-memory index from the set, so it runs beside a live service.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Mesure la pertinence du classement sur le jeu jugé (nDCG@10, rappel@50, MRR) et, sur le jeu"
                + " livré, les lignes de formation (précision, rappel, comptes exacts, nDCG@5).")
public class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--set", paramLabel = "DIR",
            description = "Dossier d'un autre jeu jugé (mêmes fichiers CSV) ; par défaut le jeu livré.")
    Path judgedSet;

    @Option(names = "--policy", paramLabel = "KEY=VALUE",
            description = "Modifie un réglage du classement pour cette mesure, p. ex. --policy distanceHalfKm=20")
    Map<String, String> policy = new TreeMap<>();

    @Override
    public Integer call() {
        Referential referential = Referential.load();
        MatchPolicy matchPolicy = policy.isEmpty() ? MatchPolicy.defaults() : MatchPolicy.defaults().withOverrides(policy);
        EvaluationReport report = judgedSet == null ? Evaluation.run(referential, matchPolicy)
                : Evaluation.run(referential, matchPolicy, JudgedSetFiles.read(judgedSet));
        System.out.println(report.toTable());
        System.out.println(ProspectEvaluation.run(referential).toTable());
        if (judgedSet == null) {
            System.out.println(TrainingEvaluation.run(referential, matchPolicy).toTable());
        }
        return 0;
    }
}
