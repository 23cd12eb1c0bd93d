package fr.tremplin.data.alert;

import fr.tremplin.core.alert.AlertKind;
import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.MailQueue;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily e-mail digest of the alerts ({@code tremplin.alerts.digest-enabled}, off by default): to every active
 * adviser with an address, the number of their unit's alerts of each kind and a link to the « Alertes » page — no name,
 * no person. At most one per adviser and day (Paris): an adviser who already got today's digest (in the mail queue)
 * is skipped, so running it again, or on another node after it, sends nothing twice.
 */
@Singleton
public class AlertDigest {
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final AlertService alerts;
    private final MailQueue mails;
    private final AlertSettings settings;
    private final Clock clock;

    public AlertDigest(JdbcOperations jdbc, TransactionOperations<Connection> transactions, AlertService alerts,
                       MailQueue mails, AlertSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.alerts = alerts;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues today's digests not yet queued (none before the digest hour); returns how many. */
    @Connectable
    public int sendDue() {
        ZonedDateTime now = clock.instant().atZone(DepartementTime.ZONE);
        if (now.getHour() < settings.digestHour()) {
            return 0;
        }
        Instant dayStart = LocalDate.from(now).atStartOfDay(DepartementTime.ZONE).toInstant();
        Map<String, Map<AlertKind, Integer>> byUnit = new HashMap<>();
        int queued = 0;
        for (String[] adviser : advisersWithoutTodaysDigest(dayStart)) {
            Map<AlertKind, Integer> counts = byUnit.computeIfAbsent(adviser[3], this::counts);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (total == 0) {
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("displayName", adviser[1]);
            model.put("total", total);
            List<Map<String, Object>> lines = new ArrayList<>();
            counts.forEach((kind, n) -> lines.add(Map.of("label", kind.label(), "count", n)));
            model.put("lines", lines);
            model.put("link", "/alertes");
            transactions.executeWrite(status -> mails.queue(MailKind.ALERT_DIGEST, adviser[2],
                    "Tremplin : " + total + (total > 1 ? " alertes" : " alerte") + " pour votre unité", model));
            queued++;
        }
        return queued;
    }

    private Map<AlertKind, Integer> counts(String unit) {
        Map<AlertKind, Integer> counts = new EnumMap<>(AlertKind.class);
        for (AlertKind kind : AlertKind.values()) {
            counts.put(kind, 0);
        }
        alerts.of(unit, Set.of()).forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        return new LinkedHashMap<>(counts);
    }

    /** username, display name, e-mail, unit. */
    private List<String[]> advisersWithoutTodaysDigest(Instant dayStart) {
        return jdbc.prepareStatement("SELECT u.username, u.display_name, u.email, u.employment_unit_code FROM app_user u"
                + " WHERE u.role = 'ADVISER' AND u.active AND u.email IS NOT NULL AND u.employment_unit_code IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM outgoing_mail m WHERE m.recipient = u.email AND m.kind = 'ALERT_DIGEST'"
                + "   AND m.created_at >= ?) ORDER BY u.username", st -> {
            st.setTimestamp(1, Timestamp.from(dayStart));
            List<String[]> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            return found;
        });
    }
}
