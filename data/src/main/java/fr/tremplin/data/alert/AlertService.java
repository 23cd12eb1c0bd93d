package fr.tremplin.data.alert;

import fr.tremplin.core.alert.AlertKind;
import fr.tremplin.core.alert.ConsentExpiry;
import fr.tremplin.core.alert.Waiting;
import fr.tremplin.data.common.DepartementTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The alerts of a unit (all units when null), computed from the tables at each call, kind by kind in the order of
 * {@link AlertKind}:
 * <ul>
 *   <li>NO_PROPOSAL: active, consenting people (the ranking's pool) waiting for a proposal for
 *       {@link AlertSettings#noProposalMonths()} months or more, longest waiting first ({@link Waiting});</li>
 *   <li>NEW_MATCH: the people a new vacancy ranked in its first places when it was indexed ({@link NewMatches}), while
 *       the vacancy is open, the person active and not proposed for it, newest first;</li>
 *   <li>SILENT_EMPLOYER: sent shortlists of the unit whose employer was reminded and still has proposals without an
 *       answer, oldest reminder first;</li>
 *   <li>CONSENT_EXPIRING: active people whose consent, given more than validity − notice ago, is to renew
 *       ({@link ConsentExpiry}), soonest first.</li>
 * </ul>
 * At most {@value #LIMIT_PER_KIND} alerts of each kind.
 */
@Singleton
public class AlertService {
    public static final int LIMIT_PER_KIND = 5_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcOperations jdbc;
    private final AlertSettings settings;
    private final Clock clock;

    public AlertService(JdbcOperations jdbc, AlertSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The alerts of these kinds (all when empty) for {@code unit} (all units when null). */
    @ReadOnly
    public List<Alert> of(@Nullable String unit, Set<AlertKind> kinds) {
        Set<AlertKind> wanted = kinds.isEmpty() ? EnumSet.allOf(AlertKind.class) : EnumSet.copyOf(kinds);
        Instant now = clock.instant();
        List<Alert> all = new ArrayList<>();
        for (AlertKind kind : wanted) {
            all.addAll(switch (kind) {
                case NO_PROPOSAL -> noProposal(unit, now);
                case NEW_MATCH -> newMatches(unit, now);
                case SILENT_EMPLOYER -> silentEmployers(unit);
                case CONSENT_EXPIRING -> consentsToRenew(unit, now);
            });
        }
        return all;
    }

    private List<Alert> noProposal(@Nullable String unit, Instant now) {
        Instant threshold = Waiting.threshold(settings.noProposalMonths(), now, DepartementTime.ZONE);
        String waiting = "GREATEST(j.created_at, COALESCE(MAX(s.sent_at), j.created_at))";
        String sql = "SELECT j.id, j.employment_unit_code, " + waiting + " AS waiting_since, MAX(s.sent_at) IS NULL"
                + " FROM job_seeker j LEFT JOIN shortlist_candidate c ON c.job_seeker_id = j.id"
                + " LEFT JOIN shortlist s ON s.id = c.shortlist_id AND s.sent_at IS NOT NULL"
                + " WHERE j.status = 'ACTIVE' AND j.consent_to_share AND (? IS NULL OR j.employment_unit_code = ?)"
                + " GROUP BY j.id, j.employment_unit_code, j.created_at HAVING waiting_since <= ?"
                + " ORDER BY waiting_since, j.id LIMIT " + LIMIT_PER_KIND;
        return query(sql, st -> {
            unit(st, unit);
            st.setTimestamp(3, Timestamp.from(threshold));
        }, rs -> {
            Instant since = rs.getTimestamp(3).toInstant();
            String detail = (rs.getBoolean(4) ? "Jamais proposée à un employeur depuis l'inscription du "
                    : "Aucune proposition à un employeur depuis le ") + day(since) + " (" + months(since, now) + ").";
            return new Alert(AlertKind.NO_PROPOSAL, rs.getString(1), null, since, detail, rs.getString(2));
        });
    }

    private List<Alert> newMatches(@Nullable String unit, Instant now) {
        Instant shownSince = now.minus(java.time.Duration.ofDays(settings.newMatchShowDays()));
        String sql = "SELECT m.job_seeker_id, m.vacancy_id, m.match_rank, m.matched_at, v.title, e.name,"
                + " j.employment_unit_code FROM new_match m"
                + " JOIN job_seeker j ON j.id = m.job_seeker_id JOIN vacancy v ON v.id = m.vacancy_id"
                + " JOIN employer e ON e.id = v.employer_id"
                + " WHERE m.matched_at >= ? AND v.status = 'OPEN' AND j.status = 'ACTIVE'"
                + " AND (? IS NULL OR j.employment_unit_code = ?)"
                + " AND NOT EXISTS (SELECT 1 FROM shortlist_candidate c JOIN shortlist s ON s.id = c.shortlist_id"
                + "   WHERE c.job_seeker_id = m.job_seeker_id AND s.vacancy_id = m.vacancy_id)"
                + " ORDER BY m.matched_at DESC, m.vacancy_id, m.match_rank LIMIT " + LIMIT_PER_KIND;
        return query(sql, st -> {
            st.setTimestamp(1, Timestamp.from(shownSince));
            st.setString(2, unit);
            st.setString(3, unit);
        }, rs -> {
            int rank = rs.getInt(3);
            String detail = "Nouvelle offre « " + rs.getString(5) + " » chez " + rs.getString(6) + " : "
                    + (rank == 1 ? "1re" : rank + "e") + " du classement des candidats.";
            return new Alert(AlertKind.NEW_MATCH, rs.getString(1), rs.getString(2), rs.getTimestamp(4).toInstant(),
                    detail, rs.getString(7));
        });
    }

    private List<Alert> silentEmployers(@Nullable String unit) {
        String sql = "SELECT s.vacancy_id, s.reminded_at, e.name, v.title, COUNT(*), s.sent_at, s.employment_unit_code"
                + " FROM shortlist s JOIN employer e ON e.id = s.employer_id LEFT JOIN vacancy v ON v.id = s.vacancy_id"
                + " JOIN shortlist_candidate c ON c.shortlist_id = s.id"
                + " WHERE s.status = 'SENT' AND s.reminded_at IS NOT NULL AND c.answered_at IS NULL"
                + " AND c.status IN ('PROPOSED', 'VIEWED') AND s.employment_unit_code IS NOT NULL"
                + " AND (? IS NULL OR s.employment_unit_code = ?)"
                + " GROUP BY s.id, s.vacancy_id, s.reminded_at, e.name, v.title, s.sent_at, s.employment_unit_code"
                + " ORDER BY s.reminded_at, s.id LIMIT " + LIMIT_PER_KIND;
        return query(sql, st -> unit(st, unit), rs -> {
            Instant reminded = rs.getTimestamp(2).toInstant();
            long waiting = rs.getLong(5);
            String title = rs.getString(4) == null ? "une offre supprimée" : "« " + rs.getString(4) + " »";
            String detail = rs.getString(3) + " n'a pas répondu à la sélection envoyée le "
                    + day(rs.getTimestamp(6).toInstant()) + " pour " + title + ", malgré la relance du " + day(reminded)
                    + " : " + waiting + (waiting > 1 ? " personnes attendent" : " personne attend") + " une réponse.";
            return new Alert(AlertKind.SILENT_EMPLOYER, null, rs.getString(1), reminded, detail, rs.getString(7));
        });
    }

    private List<Alert> consentsToRenew(@Nullable String unit, Instant now) {
        ConsentExpiry expiry = settings.consentExpiry();
        LocalDate today = LocalDate.ofInstant(now, DepartementTime.ZONE);
        String sql = "SELECT j.id, j.employment_unit_code, MAX(ce.recorded_at) AS given_at FROM job_seeker j"
                + " JOIN consent_event ce ON ce.job_seeker_id = j.id AND ce.given"
                + " WHERE j.status = 'ACTIVE' AND j.consent_to_share AND (? IS NULL OR j.employment_unit_code = ?)"
                + " GROUP BY j.id, j.employment_unit_code HAVING given_at < ? ORDER BY given_at, j.id"
                + " LIMIT " + LIMIT_PER_KIND;
        List<Alert> due = new ArrayList<>();
        query(sql, st -> {
            unit(st, unit);
            st.setTimestamp(3, Timestamp.from(expiry.givenBefore(today, DepartementTime.ZONE)));
        }, rs -> {
            Instant given = rs.getTimestamp(3).toInstant();
            if (expiry.renewalDue(given, today, DepartementTime.ZONE)) {
                LocalDate until = expiry.validUntil(given, DepartementTime.ZONE);
                String detail = "Consentement au partage du profil recueilli le " + day(given)
                        + (until.isBefore(today) ? ", expiré depuis le " + until.plusDays(1).format(DAY)
                        : ", valable jusqu'au " + until.format(DAY)) + " : à renouveler avec la personne.";
                due.add(new Alert(AlertKind.CONSENT_EXPIRING, rs.getString(1), null,
                        expiry.alertFrom(given, DepartementTime.ZONE).atStartOfDay(DepartementTime.ZONE).toInstant(),
                        detail, rs.getString(2)));
            }
            return null;
        });
        return due;
    }

    private static void unit(PreparedStatement st, @Nullable String unit) throws SQLException {
        st.setString(1, unit);
        st.setString(2, unit);
    }

    private static String day(Instant at) {
        return DAY.format(at.atZone(DepartementTime.ZONE));
    }

    /** "8 mois", "1 an et 2 mois". */
    static String months(Instant since, Instant now) {
        Period p = Period.between(LocalDate.ofInstant(since, DepartementTime.ZONE),
                LocalDate.ofInstant(now, DepartementTime.ZONE));
        int years = p.getYears();
        int months = p.getMonths();
        String y = years == 0 ? "" : years + (years > 1 ? " ans" : " an");
        String m = months == 0 ? "" : months + " mois";
        return y.isEmpty() ? (m.isEmpty() ? "moins d'un mois" : m) : m.isEmpty() ? y : y + " et " + m;
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Reader<T> reader) {
        return jdbc.prepareStatement(sql, st -> {
            binder.bind(st);
            List<T> found = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    T row = reader.read(rs);
                    if (row != null) {
                        found.add(row);
                    }
                }
            }
            return found;
        });
    }
}
