package fr.tremplin.data.prospect;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Which employers have an OPEN vacancy in some occupations now (read from the system of record). */
@Singleton
public class OpenVacancies {
    private final JdbcOperations jdbc;

    public OpenVacancies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the employers with at least one OPEN vacancy in one of {@code occupations}. */
    @ReadOnly
    public Set<String> employersHiring(Collection<String> occupations) {
        if (occupations.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(", ", Collections.nCopies(occupations.size(), "?"));
        return jdbc.prepareStatement("SELECT DISTINCT employer_id FROM vacancy WHERE status = 'OPEN'"
                + " AND occupation IN (" + marks + ")", st -> {
            int i = 1;
            for (String occupation : occupations) {
                st.setString(i++, occupation);
            }
            Set<String> ids = new HashSet<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }
}
