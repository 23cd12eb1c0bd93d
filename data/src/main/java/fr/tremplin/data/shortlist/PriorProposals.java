package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the earlier proposals that make a new one a repeat ({@link PriorProposal}): closed proposals of the same
 * person sent for the same vacancy, and declines by the same employer in the last
 * {@code tremplin.shortlists.repeat-warning-months} months. The ranking page marks these people; creating or
 * extending a shortlist with them needs an explicit confirmation ({@link RepeatProposalException}).
 */
@Singleton
public class PriorProposals {
    private static final String SQL = """
            SELECT c.job_seeker_id, c.status, c.status_changed_at, s.vacancy_id
            FROM shortlist_candidate c JOIN shortlist s ON s.id = c.shortlist_id
            WHERE c.job_seeker_id IN (%s)
              AND ((s.vacancy_id = ? AND s.sent_at IS NOT NULL AND c.status NOT IN ('DRAFT', 'PROPOSED', 'VIEWED', 'INTERVIEW'))
                OR (s.employer_id = ? AND c.status = 'DECLINED' AND c.status_changed_at >= ?))
            ORDER BY c.status_changed_at DESC""";

    private final JdbcOperations jdbc;
    private final ShortlistSettings settings;
    private final Clock clock;
    private final ShortlistCandidateRepository candidates;

    public PriorProposals(JdbcOperations jdbc, ShortlistSettings settings, Clock clock,
                          ShortlistCandidateRepository candidates) {
        this.candidates = candidates;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The latest reason to warn, per person among {@code jobSeekerIds} (people without one are absent); a
     * proposal for this vacancy wins over a decline on another one.
     */
    @Transactional(readOnly = true)
    public Map<String, PriorProposal> of(String vacancyId, String employerId, Collection<String> jobSeekerIds) {
        List<String> ids = jobSeekerIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Instant since = ZonedDateTime.now(clock).minusMonths(settings.repeatWarningMonths()).toInstant();
        String sql = SQL.formatted(ids.stream().map(id -> "?").collect(Collectors.joining(", ")));
        List<PriorProposal> found = jdbc.prepareStatement(sql, statement -> {
            int i = 1;
            for (String id : ids) {
                statement.setString(i++, id);
            }
            statement.setString(i++, vacancyId);
            statement.setString(i++, employerId);
            statement.setTimestamp(i, Timestamp.from(since));
            return read(statement, vacancyId);
        });
        Map<String, PriorProposal> latest = new HashMap<>();
        for (PriorProposal p : found) {
            latest.merge(p.jobSeekerId(), p, (kept, other) ->
                    kept.kind() == PriorProposal.Kind.SAME_VACANCY || other.kind() != PriorProposal.Kind.SAME_VACANCY
                            ? kept : other);
        }
        return latest;
    }

    /** The people on an open list for this vacancy (a draft, or a proposal awaiting its outcome). */
    @Transactional(readOnly = true)
    public java.util.Set<String> openOn(String vacancyId) {
        return candidates.findOnVacancy(vacancyId, CandidateRules.OPEN).stream().map(ShortlistCandidate::jobSeekerId)
                .collect(Collectors.toSet());
    }

    private static List<PriorProposal> read(PreparedStatement statement, String vacancyId) throws SQLException {
        List<PriorProposal> rows = new java.util.ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String vacancy = rs.getString(4);
                rows.add(new PriorProposal(rs.getString(1), vacancyId.equals(vacancy)
                        ? PriorProposal.Kind.SAME_VACANCY : PriorProposal.Kind.DECLINED_BY_EMPLOYER,
                        CandidateStatus.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), vacancy));
            }
        }
        return rows;
    }
}
