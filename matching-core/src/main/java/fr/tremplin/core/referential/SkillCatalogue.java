package fr.tremplin.core.referential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ROME skills (savoir-faire and savoirs) and their links to occupations, from {@code rome_fiche_items.csv}
 * (environment items are left out). Only skills linked to at least one occupation are kept.
 */
final class SkillCatalogue {

    static final String KNOW_HOW = "referential/rome/rome_ref_savoir_faire.csv";
    static final String KNOWLEDGE = "referential/rome/rome_ref_savoirs.csv";
    static final String ITEMS = "referential/rome/rome_fiche_items.csv";

    private final Map<String, Skill> skills;
    private final Map<String, List<Skill>> skillsByOccupation;
    private final Map<String, Integer> occupationCounts;

    private SkillCatalogue(Map<String, Skill> skills, Map<String, List<Skill>> skillsByOccupation,
                           Map<String, Integer> occupationCounts) {
        this.skills = skills;
        this.skillsByOccupation = skillsByOccupation;
        this.occupationCounts = occupationCounts;
    }

    /** Loads the skills; every item must belong to one of {@code occupationCodes}. */
    static SkillCatalogue load(Set<String> occupationCodes) {
        Map<String, Skill> catalogue = new LinkedHashMap<>();
        readCatalogue(KNOW_HOW, SkillKind.SAVOIR_FAIRE, catalogue);
        readCatalogue(KNOWLEDGE, SkillKind.SAVOIR, catalogue);

        Map<String, Set<Skill>> knowHow = new LinkedHashMap<>();
        Map<String, Set<Skill>> knowledge = new LinkedHashMap<>();
        CsvTable items = CsvReader.readResource(ITEMS).requireColumns("code_rome", "code_ogr", "type_item");
        for (CsvRow row : items.rows()) {
            String type = row.require("type_item");
            if (type.equals("environnement")) {
                continue;
            }
            SkillKind kind = switch (type) {
                case "savoir_faire" -> SkillKind.SAVOIR_FAIRE;
                case "savoir" -> SkillKind.SAVOIR;
                default -> throw row.error("unknown type_item '" + type + "'; expected savoir_faire, savoir or environnement");
            };
            String occupation = row.require("code_rome");
            if (!occupationCodes.contains(occupation)) {
                throw row.error("unknown occupation '" + occupation + "' (not in rome_fiches.csv)");
            }
            Skill skill = catalogue.get(row.require("code_ogr"));
            if (skill == null || skill.kind() != kind) {
                throw row.error("unknown " + type + " '" + row.get("code_ogr") + "' (not in " + sourceOf(kind) + ")");
            }
            (kind == SkillKind.SAVOIR_FAIRE ? knowHow : knowledge)
                    .computeIfAbsent(occupation, code -> new LinkedHashSet<>()).add(skill);
        }
        return link(catalogue, knowHow, knowledge);
    }

    private static SkillCatalogue link(Map<String, Skill> catalogue, Map<String, Set<Skill>> knowHow,
                                       Map<String, Set<Skill>> knowledge) {
        Map<String, List<Skill>> byOccupation = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> occupations = new LinkedHashSet<>(knowHow.keySet());
        occupations.addAll(knowledge.keySet());
        for (String occupation : occupations) {
            List<Skill> list = new ArrayList<>(knowHow.getOrDefault(occupation, Set.of()));
            list.addAll(knowledge.getOrDefault(occupation, Set.of()));
            list.forEach(skill -> counts.merge(skill.code(), 1, Integer::sum));
            byOccupation.put(occupation, list);
        }
        Map<String, Skill> linked = new LinkedHashMap<>();
        catalogue.forEach((code, skill) -> {
            if (counts.containsKey(code)) {
                linked.put(code, skill);
            }
        });
        return new SkillCatalogue(Indexes.frozen(linked), Indexes.frozenLists(byOccupation), Indexes.frozen(counts));
    }

    private static void readCatalogue(String resource, SkillKind kind, Map<String, Skill> catalogue) {
        for (CsvRow row : CsvReader.readResource(resource).requireColumns("code_ogr", "libelle").rows()) {
            String code = row.require("code_ogr");
            Indexes.putUnique(catalogue, code, new Skill(code, row.require("libelle"), kind), row);
        }
    }

    private static String sourceOf(SkillKind kind) {
        return kind == SkillKind.SAVOIR_FAIRE ? KNOW_HOW : KNOWLEDGE;
    }

    Collection<Skill> skills() {
        return skills.values();
    }

    Optional<Skill> skill(String code) {
        return Optional.ofNullable(skills.get(code));
    }

    boolean isSkill(String code) {
        return skills.containsKey(code);
    }

    List<Skill> skillsOf(String occupationCode) {
        return skillsByOccupation.getOrDefault(occupationCode, List.of());
    }

    int occupationCountOf(String skillCode) {
        return occupationCounts.getOrDefault(skillCode, 0);
    }
}
