package fr.tremplin.api.support;

import fr.tremplin.data.common.DepartementTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid vacancy request bodies on the real referential. */
public final class VacancyRequests {
    private VacancyRequests() {
    }

    /** A mason's vacancy (F1703) in Nantes, one must-have skill, starting in 30 days: a body for POST /api/v1/vacancies. */
    public static Map<String, Object> mason(String employerId) {
        Map<String, Object> v = new HashMap<>();
        v.put("employerId", employerId);
        v.put("occupation", "F1703");
        v.put("title", "Maçon (H/F)");
        v.put("description", "Maçonnerie traditionnelle, rénovation");
        v.put("communeInsee", "44109");
        v.put("contractType", "CDI");
        v.put("hoursPerWeek", 35);
        v.put("startDate", LocalDate.now(DepartementTime.ZONE).plusDays(30).toString());
        v.put("positions", 1);
        v.put("requiredSkills", List.of("103767"));
        return v;
    }
}
