package fr.tremplin.indexer.testing;

import fr.tremplin.data.index.VersionScan;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.store.IndexKind;
import fr.tremplin.indexer.verify.IndexVersions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The strictest check: after a catch-up, every id and version of each table equals its index. */
public final class IndexComparison {

    private IndexComparison() {
    }

    /** Call when no write is running: catches up, then compares both indexes with their tables exactly. */
    public static void assertIndexEqualsDatabase(IndexService index, VersionScan versions) {
        index.syncNow();
        Map<String, Long> seekerRows = versions.all(VersionScan.Table.JOB_SEEKER);
        Map<String, Long> vacancyRows = versions.all(VersionScan.Table.VACANCY);
        Map<String, Long> seekerDocs = index.withSearcher(IndexKind.SEEKERS, IndexVersions::all);
        Map<String, Long> vacancyDocs = index.withSearcher(IndexKind.VACANCIES, IndexVersions::all);
        assertThat(seekerDocs).as("job-seeker index vs table (%d rows)", seekerRows.size()).isEqualTo(seekerRows);
        assertThat(vacancyDocs).as("vacancy index vs table (%d rows)", vacancyRows.size()).isEqualTo(vacancyRows);
        int seekerCount = index.withSearcher(IndexKind.SEEKERS, s -> s.getIndexReader().numDocs());
        int vacancyCount = index.withSearcher(IndexKind.VACANCIES, s -> s.getIndexReader().numDocs());
        assertThat(seekerCount)
                .as("no duplicate job-seeker documents").isEqualTo(seekerRows.size());
        assertThat(vacancyCount)
                .as("no duplicate vacancy documents").isEqualTo(vacancyRows.size());
    }
}
