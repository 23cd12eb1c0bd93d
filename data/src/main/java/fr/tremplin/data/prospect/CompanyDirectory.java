package fr.tremplin.data.prospect;

import fr.tremplin.core.prospect.ProspectCompany;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The companies the hidden market looks at (kind COMPANY with a NAF activity), held in memory: a prospect search
 * reads one small fingerprint of the employer table (row count and latest change) and reloads the list only when
 * it moved, so a created, imported or changed employer is seen at the next search. GEIQ, SIAE and public buyers
 * are not prospects: the units already work with them.
 */
@Singleton
public class CompanyDirectory {
    private record Snapshot(String fingerprint, List<ProspectCompany> companies) {}

    private final JdbcOperations jdbc;
    private volatile Snapshot snapshot = new Snapshot("", List.of());

    public CompanyDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The companies, current as of the employer table's latest change. */
    @ReadOnly
    public List<ProspectCompany> companies() {
        String fingerprint = fingerprint();
        Snapshot current = snapshot;
        if (!Objects.equals(current.fingerprint(), fingerprint)) {
            current = new Snapshot(fingerprint, load());
            snapshot = current;
        }
        return current.companies();
    }

    private String fingerprint() {
        return jdbc.prepareStatement("SELECT COUNT(*), MAX(updated_at) FROM employer", st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) + "/" + rs.getString(2);
            }
        });
    }

    private List<ProspectCompany> load() {
        return jdbc.prepareStatement("SELECT id, name, siret, naf_code, commune_insee FROM employer"
                + " WHERE kind = 'COMPANY' AND naf_code IS NOT NULL ORDER BY id", st -> {
            List<ProspectCompany> companies = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    companies.add(new ProspectCompany(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return List.copyOf(companies);
        });
    }
}
