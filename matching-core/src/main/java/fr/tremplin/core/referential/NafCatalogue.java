package fr.tremplin.core.referential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** NAF rév. 2 activities and La Bonne Boîte's ROME ↔ NAF links weighted by hirings. */
final class NafCatalogue {

    static final String SECTIONS = "referential/naf/naf_rev2_sections.csv";
    static final String ACTIVITIES = "referential/naf/naf_rev2_sous_classes.csv";
    static final String ROME_LINKS = "referential/naf/rome_naf_mapping_lbb.csv";

    private static final Comparator<RomeNafLink> MOST_HIRES_FIRST =
            Comparator.comparingInt(RomeNafLink::hires).reversed().thenComparing(RomeNafLink::nafCode);

    private final Map<String, NafActivity> activities;
    private final Map<String, List<RomeNafLink>> linksByRome;

    private NafCatalogue(Map<String, NafActivity> activities, Map<String, List<RomeNafLink>> linksByRome) {
        this.activities = activities;
        this.linksByRome = linksByRome;
    }

    static NafCatalogue load(Predicate<String> isOccupation) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (CsvRow row : CsvReader.readResource(SECTIONS).requireColumns("code_section", "libelle_section").rows()) {
            Indexes.putUnique(sections, row.require("code_section"), row.require("libelle_section"), row);
        }
        Map<String, NafActivity> activities = new LinkedHashMap<>();
        for (CsvRow row : CsvReader.readResource(ACTIVITIES)
                .requireColumns("code_naf", "libelle", "code_section").rows()) {
            String section = row.require("code_section");
            if (!sections.containsKey(section)) {
                throw row.error("unknown NAF section '" + section + "' (not in " + SECTIONS + ")");
            }
            String code = row.require("code_naf");
            Indexes.putUnique(activities, code,
                    new NafActivity(code, row.require("libelle"), section, sections.get(section)), row);
        }
        return new NafCatalogue(Indexes.frozen(activities), links(activities, isOccupation));
    }

    private static Map<String, List<RomeNafLink>> links(Map<String, NafActivity> activities,
                                                        Predicate<String> isOccupation) {
        Map<String, List<RomeNafLink>> byRome = new LinkedHashMap<>();
        for (CsvRow row : CsvReader.readResource(ROME_LINKS)
                .requireColumns("code_rome", "code_naf", "embauches").rows()) {
            String rome = row.require("code_rome");
            String naf = row.require("code_naf");
            if (!isOccupation.test(rome)) {
                throw row.error("unknown occupation '" + rome + "' (not in rome_fiches.csv)");
            }
            if (!activities.containsKey(naf)) {
                throw row.error("unknown NAF code '" + naf + "' (not in " + ACTIVITIES + ")");
            }
            byRome.computeIfAbsent(rome, code -> new ArrayList<>()).add(new RomeNafLink(rome, naf, row.getInt("embauches")));
        }
        byRome.values().forEach(links -> links.sort(MOST_HIRES_FIRST));
        return Indexes.frozenLists(byRome);
    }

    Collection<NafActivity> activities() {
        return activities.values();
    }

    /** Accepts the compact form (4120A) and the dotted form (41.20A), in either case. */
    Optional<NafActivity> activity(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(activities.get(code.strip().replace(".", "").toUpperCase(Locale.ROOT)));
    }

    List<RomeNafLink> linksOf(String romeCode) {
        return linksByRome.getOrDefault(romeCode, List.of());
    }
}
