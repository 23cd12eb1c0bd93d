package fr.tremplin.core.referential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The ROME mobility graph between occupations. Rows that also name job titles (appellation columns) are
 * reduced to their occupation pair; a (source, target, kind) triple is kept once. A pair listed both as
 * "proche" and "evolution" keeps both edges.
 */
final class MobilityGraph {

    static final String MOBILITIES = "referential/rome/rome_mobilites.csv";

    private final List<Mobility> mobilities;
    private final Map<String, List<Mobility>> bySource;
    private final Map<String, List<Mobility>> byTarget;

    private MobilityGraph(List<Mobility> mobilities) {
        this.mobilities = List.copyOf(mobilities);
        Map<String, List<Mobility>> from = new LinkedHashMap<>();
        Map<String, List<Mobility>> to = new LinkedHashMap<>();
        for (Mobility mobility : mobilities) {
            from.computeIfAbsent(mobility.sourceCode(), code -> new ArrayList<>()).add(mobility);
            to.computeIfAbsent(mobility.targetCode(), code -> new ArrayList<>()).add(mobility);
        }
        this.bySource = Indexes.frozenLists(from);
        this.byTarget = Indexes.frozenLists(to);
    }

    static MobilityGraph load(Predicate<String> isOccupation) {
        Set<Mobility> edges = new LinkedHashSet<>();
        CsvTable table = CsvReader.readResource(MOBILITIES)
                .requireColumns("code_rome_source", "code_rome_cible", "type_mobilite");
        for (CsvRow row : table.rows()) {
            String source = occupation(row, "code_rome_source", isOccupation);
            String target = occupation(row, "code_rome_cible", isOccupation);
            if (source.equals(target)) {
                throw row.error("mobility from " + source + " to itself");
            }
            edges.add(new Mobility(source, target, kind(row)));
        }
        return new MobilityGraph(new ArrayList<>(edges));
    }

    private static String occupation(CsvRow row, String column, Predicate<String> isOccupation) {
        String code = row.require(column);
        if (!isOccupation.test(code)) {
            throw row.error("unknown occupation '" + code + "' in column " + column);
        }
        return code;
    }

    private static MobilityKind kind(CsvRow row) {
        String type = row.require("type_mobilite");
        return switch (type) {
            case "proche" -> MobilityKind.CLOSE;
            case "evolution" -> MobilityKind.EVOLUTION;
            default -> throw row.error("unknown type_mobilite '" + type + "'; expected proche or evolution");
        };
    }

    List<Mobility> mobilities() {
        return mobilities;
    }

    List<Mobility> from(String occupationCode) {
        return bySource.getOrDefault(occupationCode, List.of());
    }

    List<Mobility> to(String occupationCode) {
        return byTarget.getOrDefault(occupationCode, List.of());
    }
}
