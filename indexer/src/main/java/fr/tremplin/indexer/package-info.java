/**
 * The Lucene indexes of this node (job seekers, vacancies), kept in step with MariaDB through the
 * transactional outbox. {@link fr.tremplin.indexer.IndexService} is the entry point; the design (generations
 * on disk, outbox gaps, rebuild and swap, consistency check) and the {@code tremplin.index.*} keys are
 * described in {@code indexer/README.md} and {@link fr.tremplin.indexer.config.IndexerConfiguration}.
 */
package fr.tremplin.indexer;
