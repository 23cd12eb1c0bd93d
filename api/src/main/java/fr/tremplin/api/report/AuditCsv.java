package fr.tremplin.api.report;

import fr.tremplin.data.audit.AuditRow;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The audit log as a French CSV (same writer as the reports). */
public final class AuditCsv {
    public static final String MEDIA_TYPE = FrenchCsv.MEDIA_TYPE;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(DepartementTime.ZONE);

    private AuditCsv() {
    }

    public static byte[] of(List<AuditRow> rows) {
        FrenchCsv csv = new FrenchCsv().row(List.of("Date et heure", "Auteur", "Rôle", "Action", "Personne",
                "Unité", "Détail"));
        for (AuditRow r : rows) {
            csv.row(java.util.Arrays.asList(AT.format(r.at()), r.actor(), roleLabel(r.role()),
                    r.action().label(), r.jobSeekerId() == null ? "(effacée ou aucune)" : r.jobSeekerId(), r.unit(),
                    r.detail()));
        }
        return csv.bytes();
    }

    /** The French name of a role, as on screen. */
    public static String roleLabel(String role) {
        return switch (role) {
            case "ADVISER" -> "Conseiller";
            case "UNIT_MANAGER" -> "Responsable d'unité";
            case "EMPLOYER" -> "Employeur";
            case "ADMIN" -> "Administrateur";
            case "SYSTEM" -> "Système";
            default -> role;
        };
    }

    /** CSV when asked by {@code format=csv}, or by an Accept header naming text/csv and not JSON. */
    public static boolean wanted(HttpRequest<?> request, @Nullable String format) {
        if (format != null) {
            return format.equals("csv");
        }
        return request.getHeaders().accept().stream().anyMatch(m -> m.getName().equalsIgnoreCase(MEDIA_TYPE))
                && request.getHeaders().accept().stream().noneMatch(m -> m.getName().equals(MediaType.APPLICATION_JSON));
    }
}
