package fr.tremplin.bench.sql;

import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.data.index.ProposalDates;
import fr.tremplin.data.seeker.JobSeeker;
import fr.tremplin.indexer.mapping.IndexDocuments;
import fr.tremplin.indexer.mapping.UnmappableRowException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Fills the baseline's tables from {@code job_seeker}, page by page, never holding more than two pages: a reader
 * thread reads the next keyset page, its last proposals and maps its rows to matching views while this thread
 * writes the current one with multi-row inserts, one transaction per page. The secondary indexes are built at
 * the end.
 */
final class BaselineLoader {

    /** People per page (and per person insert statement). */
    static final int PAGE_SIZE = MultiRowInsert.ROWS_PER_STATEMENT;

    private final DataSource dataSource;
    private final Referential referential;
    private final IndexDocuments documents;
    private final ProposalDates proposals;
    private final SeekerPages pages;

    BaselineLoader(DataSource dataSource, Referential referential, IndexDocuments documents) {
        this.dataSource = dataSource;
        this.referential = referential;
        this.documents = documents;
        this.proposals = new ProposalDates(dataSource);
        this.pages = new SeekerPages(dataSource, PAGE_SIZE);
    }

    /** One page of people as views, with the number of rows the views leave out. */
    private record Page(List<SeekerIndexView> views, String lastId, int rows, int unmappable) {
    }

    SetupReport load(LongConsumer progress) {
        long start = System.nanoTime();
        ExecutorService reader = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("tremplin-bench-sql-reader").daemon().factory());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            BaselineTables.recreate(c);
            c.setAutoCommit(false);
            long read = 0;
            long unmappable = 0;
            SetupReport report;
            try (BaselineWriter writer = new BaselineWriter(c, referential)) {
                Future<Page> next = reader.submit(() -> read(""));
                while (true) {
                    Page page = next.get();
                    if (page.rows() == PAGE_SIZE) {
                        next = reader.submit(() -> read(page.lastId()));
                    }
                    for (SeekerIndexView view : page.views()) {
                        writer.write(view);
                    }
                    c.commit();
                    read += page.rows();
                    unmappable += page.unmappable();
                    if (page.rows() > 0) {
                        progress.accept(read);
                    }
                    if (page.rows() < PAGE_SIZE) {
                        break;
                    }
                }
                writer.flush();
                c.commit();
                c.setAutoCommit(true);
                BaselineTables.index(c);
                report = new SetupReport(writer.people(), writer.occupationRows(), writer.skillRows(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), writer.licenceRows(),
                        unmappable + writer.skipped());
            }
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fill the SQL baseline tables: " + e.getMessage(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the job seekers for the SQL baseline: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while filling the SQL baseline tables", e);
        } finally {
            reader.shutdownNow();
        }
    }

    private Page read(String afterId) {
        List<JobSeeker> rows = pages.after(afterId);
        if (rows.isEmpty()) {
            return new Page(List.of(), afterId, 0, 0);
        }
        Map<String, Instant> lastProposals = proposals.lastProposalOf(rows.stream().map(JobSeeker::id).toList());
        List<SeekerIndexView> views = new ArrayList<>(rows.size());
        int unmappable = 0;
        for (JobSeeker row : rows) {
            try {
                views.add(documents.seekerView(row, lastProposals.get(row.id())));
            } catch (UnmappableRowException e) {
                unmappable++;
            }
        }
        return new Page(views, rows.getLast().id(), rows.size(), unmappable);
    }
}
