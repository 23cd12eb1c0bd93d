package fr.tremplin.api.transfer;

import fr.tremplin.api.seeker.ExperienceDto;
import fr.tremplin.api.seeker.JobSeekerRequest;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of a job-seekers file turned into a {@link JobSeekerRequest} ({@link Cells}' notations, plus experiences
 * CODE:années); every rule is left to the API's own validation and checks.
 */
final class SeekerCells extends Cells<SeekerColumn> {
    private static final Map<String, String> WORKING_TIME = Map.of("TEMPS PLEIN", "FULL_TIME",
            "TEMPS PARTIEL", "PART_TIME", "INDIFFERENT", "ANY", "INDIFFÉRENT", "ANY");
    private static final Map<String, String> STATUS = Map.of("ACTIF", "ACTIVE", "ACTIVE", "ACTIVE",
            "EN EMPLOI", "PLACED", "EN PAUSE", "PAUSED", "SORTI", "EXITED", "SORTIE", "EXITED");

    SeekerCells(Line<SeekerColumn> line) {
        super(line);
    }

    /** The request of this line (null cells where the cell could not be read; see {@link #errors()}). */
    JobSeekerRequest request() {
        return new JobSeekerRequest(text(SeekerColumn.REF), text(SeekerColumn.FIRST_NAME), text(SeekerColumn.LAST_NAME),
                date(SeekerColumn.BIRTH_DATE), text(SeekerColumn.EMAIL), text(SeekerColumn.PHONE),
                text(SeekerColumn.COMMUNE), integer(SeekerColumn.RADIUS), codes(SeekerColumn.LICENCES),
                bool(SeekerColumn.VEHICLE), codes(SeekerColumn.OCCUPATIONS), experiences(), codes(SeekerColumn.SKILLS),
                text(SeekerColumn.SUMMARY), integer(SeekerColumn.DIPLOMA), date(SeekerColumn.AVAILABLE),
                code(SeekerColumn.WORKING_TIME, WORKING_TIME), codes(SeekerColumn.PUBLICS), text(SeekerColumn.UNIT),
                bool(SeekerColumn.CONSENT), code(SeekerColumn.STATUS, STATUS), null);
    }

    /** "F1703:2,5|N1101:1" → two experiences (years with a decimal comma or point). */
    @Nullable
    private List<ExperienceDto> experiences() {
        String v = text(SeekerColumn.EXPERIENCES);
        if (v == null) {
            return null;
        }
        List<ExperienceDto> out = new ArrayList<>();
        for (String item : v.split("\\|")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon < 0) {
                return fail(SeekerColumn.EXPERIENCES, v, "CODE_ROME:années attendu (ex. F1703:2,5|N1101:1)");
            }
            try {
                out.add(new ExperienceDto(item.substring(0, colon).strip(),
                        Double.valueOf(item.substring(colon + 1).strip().replace(',', '.'))));
            } catch (NumberFormatException e) {
                return fail(SeekerColumn.EXPERIENCES, v, "nombre d'années invalide (ex. F1703:2,5)");
            }
        }
        return out;
    }
}
