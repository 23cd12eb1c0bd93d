package fr.tremplin.bench.sql;

import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.data.common.CodeListConverter;
import fr.tremplin.data.seeker.ExperienceListConverter;
import fr.tremplin.data.seeker.JobSeeker;
import io.micronaut.core.convert.ConversionContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code job_seeker} in keyset pages (id order, {@code id > last id of the previous page}), as the index
 * rebuild does, with plain JDBC. Rows become {@link JobSeeker} entities through the entities' own list converters
 * so that {@code IndexDocuments#seekerView} sees them as the indexer does. Only the columns the matching view
 * needs are read: names, contact details and the free-text summary (the baseline has no text feature) are left
 * out.
 */
final class SeekerPages {

    private static final CodeListConverter CODES = new CodeListConverter();
    private static final ExperienceListConverter EXPERIENCES = new ExperienceListConverter();
    private static final String SQL = "SELECT id, birth_date, commune_insee, mobility_radius_km, licences, has_vehicle,"
            + " target_occupations, experiences, skills, diploma_level, available_from, working_time, publics,"
            + " employment_unit_code, consent_to_share, status, created_at, version"
            + " FROM job_seeker WHERE id > ? ORDER BY id LIMIT ?";

    private final DataSource dataSource;
    private final int pageSize;

    SeekerPages(DataSource dataSource, int pageSize) {
        this.dataSource = dataSource;
        this.pageSize = pageSize;
    }

    /** The page after {@code afterId} ("" for the first); empty at the end. */
    List<JobSeeker> after(String afterId) {
        List<JobSeeker> page = new ArrayList<>(pageSize);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, afterId);
            s.setInt(2, pageSize);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    page.add(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the job seekers after '" + afterId + "': " + e.getMessage(), e);
        }
        return page;
    }

    private static JobSeeker row(ResultSet rs) throws SQLException {
        int diploma = rs.getInt("diploma_level");
        Integer diplomaLevel = rs.wasNull() ? null : diploma;
        Timestamp created = rs.getTimestamp("created_at");
        Long version = rs.getLong("version");
        return new JobSeeker(rs.getString("id"), null, null, null, rs.getObject("birth_date", LocalDate.class), null,
                null, rs.getString("commune_insee"), rs.getInt("mobility_radius_km"), codes(rs, "licences"),
                rs.getBoolean("has_vehicle"), codes(rs, "target_occupations"),
                EXPERIENCES.convertToEntityValue(rs.getString("experiences"), ConversionContext.DEFAULT),
                codes(rs, "skills"), null, diplomaLevel, rs.getObject("available_from", LocalDate.class),
                WorkingTime.valueOf(rs.getString("working_time")), codes(rs, "publics"),
                rs.getString("employment_unit_code"), rs.getBoolean("consent_to_share"),
                SeekerStatus.valueOf(rs.getString("status")), created == null ? null : created.toInstant(), null,
                version);
    }

    private static List<String> codes(ResultSet rs, String column) throws SQLException {
        return CODES.convertToEntityValue(rs.getString(column), ConversionContext.DEFAULT);
    }
}
