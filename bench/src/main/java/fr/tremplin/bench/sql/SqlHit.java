package fr.tremplin.bench.sql;

/**
 * One candidate of the SQL baseline.
 *
 * @param seekerId the person's id
 * @param score    the baseline's score in [0, 1]: the Lucene ranking's score without its text feature (see
 *                 {@link SqlBaseline})
 */
public record SqlHit(String seekerId, double score) {
}
