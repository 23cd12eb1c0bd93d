package fr.tremplin.api.web.vacancy;

import fr.tremplin.api.web.referential.Choice;
import fr.tremplin.api.web.referential.Labels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One line of the vacancy form's skills table: a skill and the level chosen for it. */
public record SkillRow(String code, String label, String level, boolean fromOccupation) {

    /** The occupation's ROME skills first, then the other skills already chosen. */
    static List<SkillRow> of(VacancyForm form, String occupationCode, Labels labels) {
        List<SkillRow> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Choice c : labels.skillsOf(occupationCode)) {
            rows.add(new SkillRow(c.code(), c.label(), form.levelOf(c.code()), true));
            seen.add(c.code());
        }
        for (String code : form.skillLevels().keySet()) {
            if (seen.add(code) && !"NONE".equals(form.levelOf(code))) {
                rows.add(new SkillRow(code, labels.skill(code).label(), form.levelOf(code), false));
            }
        }
        return rows;
    }
}
