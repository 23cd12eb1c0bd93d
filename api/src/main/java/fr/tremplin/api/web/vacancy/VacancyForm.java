package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.vacancy.VacancyResponse;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.referential.Labels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vacancy form as typed. Skills are checkboxes per skill code ({@value #SKILL_PREFIX}CODE = REQUIRED and/or NICE;
 * none ticked: not asked): the occupation's ROME skills are listed as a checklist, each one required, nice to have
 * or not asked; a skill ticked in both columns is required.
 */
public record VacancyForm(String version, String title, String occupation, String description, String commune,
                          String contractType, String hoursPerWeek, String startDate, String positions,
                          Map<String, String> skillLevels, String skillToAdd, String skillToAddLevel,
                          List<String> requiredLicences, String minDiplomaLevel, String contractRef,
                          String insertionHours, String status) {
    public static final String SKILL_PREFIX = "competence.";
    public static final String REQUIRED = "REQUIRED";
    public static final String NICE = "NICE";

    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Intitulé du poste"), Map.entry("occupation", "Métier ROME"),
            Map.entry("description", "Description"), Map.entry("communeInsee", "Lieu de travail"),
            Map.entry("contractType", "Type de contrat"), Map.entry("hoursPerWeek", "Heures par semaine"),
            Map.entry("startDate", "Date de début"), Map.entry("positions", "Nombre de postes"),
            Map.entry("requiredSkills", "Compétences exigées"), Map.entry("niceToHaveSkills", "Compétences souhaitées"),
            Map.entry("requiredLicences", "Permis exigés"), Map.entry("minDiplomaLevel", "Niveau de diplôme minimal"),
            Map.entry("insertionClause", "Clause d'insertion"), Map.entry("status", "Statut"),
            Map.entry("version", "Version de l'offre"), Map.entry("employerId", "Employeur"));

    public static VacancyForm blank() {
        return new VacancyForm("", "", "", "", "", "CDI", "35", "", "1", Map.of(), "", REQUIRED, List.of(), "", "", "",
                "OPEN");
    }

    public static VacancyForm of(VacancyResponse v, Labels labels) {
        Map<String, String> levels = new LinkedHashMap<>();
        v.requiredSkills().forEach(s -> levels.put(s, REQUIRED));
        v.niceToHaveSkills().forEach(s -> levels.put(s, NICE));
        return new VacancyForm(String.valueOf(v.version()), v.title(), labels.occupation(v.occupation()).text(),
                v.description() == null ? "" : v.description(), labels.commune(v.communeInsee()).text(),
                v.contractType(), String.valueOf(v.hoursPerWeek()), Dates.format(v.startDate()),
                String.valueOf(v.positions()), levels, "", REQUIRED, v.requiredLicences(),
                v.minDiplomaLevel() == null ? "" : v.minDiplomaLevel().toString(),
                v.insertionClause() == null ? "" : v.insertionClause().contractRef(),
                v.insertionClause() == null ? "" : String.valueOf(v.insertionClause().hours()), v.status());
    }

    public static VacancyForm of(FormData f) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (String name : f.namesStartingWith(SKILL_PREFIX)) {
            List<String> ticked = f.values(name);
            levels.put(name.substring(SKILL_PREFIX.length()), ticked.contains(REQUIRED) ? REQUIRED
                    : ticked.contains(NICE) ? NICE : "NONE");
        }
        return new VacancyForm(f.value("version"), f.value("title"), f.value("occupation"), f.value("description"),
                f.value("commune"), f.value("contractType"), f.value("hoursPerWeek"), f.value("startDate"),
                f.value("positions"), levels, f.value("skillToAdd"),
                f.value("skillToAddLevel").isEmpty() ? REQUIRED : f.value("skillToAddLevel"),
                f.values("requiredLicences"), f.value("minDiplomaLevel"), f.value("contractRef"),
                f.value("insertionHours"), f.value("status").isEmpty() ? "OPEN" : f.value("status"));
    }

    public List<String> skillsAt(String level) {
        return skillLevels.entrySet().stream().filter(e -> level.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }

    public String levelOf(String skillCode) {
        return skillLevels.getOrDefault(skillCode, "NONE");
    }
}
