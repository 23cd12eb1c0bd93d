package fr.tremplin.bench.sql;

import fr.tremplin.core.index.Experience;
import fr.tremplin.core.index.GeoPoint;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.SeekerStatus;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Writes the baseline rows of one person's matching view ({@code IndexDocuments#seekerView}, the view the Lucene
 * document is made of) into the four {@code bench_sql_} tables. A person whose commune, occupations or skills the
 * referential does not know is skipped, as the indexer rejects such a row. Not thread-safe.
 */
final class BaselineWriter implements AutoCloseable {

    private final Referential referential;
    private final MultiRowInsert people;
    private final MultiRowInsert occupations;
    private final MultiRowInsert skills;
    private final MultiRowInsert licences;
    private long skipped;

    BaselineWriter(Connection connection, Referential referential) {
        this.referential = referential;
        this.people = new MultiRowInsert(connection, BaselineTables.PERSON, List.of("id", "matchable", "lat", "lon",
                "radius_km", "available_from", "programmes", "publics", "diploma", "waiting_since", "pt"),
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, POINT(?, ?))");
        this.occupations = new MultiRowInsert(connection, BaselineTables.OCCUPATION,
                List.of("person_id", "rome", "kind", "months"));
        this.skills = new MultiRowInsert(connection, BaselineTables.SKILL, List.of("person_id", "skill"));
        this.licences = new MultiRowInsert(connection, BaselineTables.LICENCE, List.of("person_id", "licence"));
    }

    /** Writes (or buffers) the person's rows; false when the person is skipped. */
    boolean write(SeekerIndexView view) throws SQLException {
        Optional<Commune> commune = referential.commune(view.communeInsee());
        List<String> experienced = view.experiences().stream().map(Experience::occupationCode).toList();
        if (commune.isEmpty() || !allKnown(view.targetOccupations(), referential::isOccupation)
                || !allKnown(experienced, referential::isOccupation) || !allKnown(view.skills(), referential::isSkill)) {
            skipped++;
            return false;
        }
        GeoPoint home = view.home() != null ? view.home() : new GeoPoint(commune.get().lat(), commune.get().lon());
        people.add(view.id(), view.status() == SeekerStatus.ACTIVE && view.consent(), home.lat(), home.lon(),
                view.radiusKm(), view.availableFrom(), mask(view.programmes()), mask(view.publics()),
                view.diplomaLevel(), view.waitingSince(), home.lon(), home.lat());
        for (String target : new LinkedHashSet<>(view.targetOccupations())) {
            occupations.add(view.id(), target, BaselineTables.TARGET, 0);
        }
        for (Experience experience : view.experiences()) {
            occupations.add(view.id(), experience.occupationCode(), BaselineTables.EXPERIENCE, experience.months());
        }
        for (String skill : view.skills()) {
            skills.add(view.id(), skill);
        }
        for (String licence : view.licences()) {
            licences.add(view.id(), licence);
        }
        return true;
    }

    /** Writes every buffered row. */
    void flush() throws SQLException {
        people.flush();
        occupations.flush();
        skills.flush();
        licences.flush();
    }

    long people() {
        return people.written();
    }

    long occupationRows() {
        return occupations.written();
    }

    long skillRows() {
        return skills.written();
    }

    long licenceRows() {
        return licences.written();
    }

    long skipped() {
        return skipped;
    }

    /** Bit {@code ordinal} set for each constant: the encoding of the programmes and publics columns. */
    static int mask(Collection<? extends Enum<?>> constants) {
        int mask = 0;
        for (Enum<?> constant : constants) {
            mask |= 1 << constant.ordinal();
        }
        return mask;
    }

    private static boolean allKnown(Collection<String> codes, Predicate<String> known) {
        for (String code : codes) {
            if (!known.test(code)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws SQLException {
        people.close();
        occupations.close();
        skills.close();
        licences.close();
    }
}
