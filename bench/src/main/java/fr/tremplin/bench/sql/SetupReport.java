package fr.tremplin.bench.sql;

/**
 * What {@link SqlBaseline#prepare} did.
 *
 * @param people         people written to {@code bench_sql_person}
 * @param occupationRows rows of {@code bench_sql_occupation} (targets and experiences)
 * @param skillRows      rows of {@code bench_sql_skill}
 * @param millis         wall time of the whole preparation, indexes included
 * @param licenceRows    rows of {@code bench_sql_licence}
 * @param skipped        job_seeker rows left out because the indexer would reject them too (a value out of range,
 *                       a commune, occupation or skill code the referential does not know)
 */
public record SetupReport(long people, long occupationRows, long skillRows, long millis, long licenceRows,
                          long skipped) {
}
