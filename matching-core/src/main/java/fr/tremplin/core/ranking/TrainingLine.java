package fr.tremplin.core.ranking;

import java.util.List;
import java.util.Objects;

/**
 * One thing a person lacks and what gaining it would open: the open vacancies that require it and whose every
 * other requirement the person already meets (docs/adviser-intelligence.md).
 *
 * @param kind              skill, certificate or driving licence
 * @param code              ROME skill code (OGR) or licence category
 * @param label             French label (ROME label, "Permis C")
 * @param vacanciesUnlocked open vacancies the person would then match
 * @param vacanciesRequiring open vacancies that require it and pass the ranking's other hard filters (retrieved once
 *                          the item is held), whatever else they require: at least {@code vacanciesUnlocked}
 * @param routes            the funded routes open to the person that lead to it, in {@link TrainingRoute} order
 * @param examples          up to {@value TrainingRules#EXAMPLES} of those vacancies' ids, nearest first
 */
public record TrainingLine(TrainingKind kind, String code, String label, int vacanciesUnlocked,
                           int vacanciesRequiring,
                           List<TrainingRoute> routes, List<String> examples) {

    public TrainingLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        routes = List.copyOf(routes);
        examples = List.copyOf(examples);
    }
}
