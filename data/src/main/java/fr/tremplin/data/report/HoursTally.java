package fr.tremplin.data.report;

import fr.tremplin.core.seeker.Public;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hours of one contract (or of all) while the insertion report is computed. */
final class HoursTally {
    BigDecimal inYear = BigDecimal.ZERO;
    BigDecimal toDate = BigDecimal.ZERO;
    final Set<String> people = new HashSet<>();
    final Map<String, BigDecimal> byPublic = new LinkedHashMap<>();

    HoursTally() {
        for (Public p : Public.values()) {
            byPublic.put(p.name(), BigDecimal.ZERO);
        }
    }

    void add(BigDecimal hours, boolean inTheYear, String jobSeekerId, List<String> publics) {
        toDate = toDate.add(hours);
        if (inTheYear) {
            inYear = inYear.add(hours);
            people.add(jobSeekerId);
            for (String p : publics) {
                byPublic.computeIfPresent(p, (k, v) -> v.add(hours));
            }
        }
    }

    Map<String, BigDecimal> byPublic() {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        byPublic.forEach((k, v) -> copy.put(k, scaled(v)));
        return copy;
    }

    Double rsaShare() {
        if (inYear.signum() == 0) {
            return null;
        }
        return byPublic.get(Public.RSA.name()).divide(inYear, 3, RoundingMode.HALF_UP).doubleValue();
    }

    static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
