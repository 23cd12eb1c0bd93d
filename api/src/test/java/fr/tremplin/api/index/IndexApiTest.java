package fr.tremplin.api.index;

import fr.tremplin.api.cli.TremplinCli;
import fr.tremplin.api.support.ApiTest;
import fr.tremplin.indexer.IndexService;
import fr.tremplin.indexer.store.IndexKind;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static fr.tremplin.api.support.JobSeekerRequestBuilder.aJobSeeker;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IndexApiTest extends ApiTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    IndexService index;

    @BeforeEach
    void ready() {
        assertThat(index.awaitReady(Duration.ofSeconds(60))).as("index ready").isTrue();
    }

    /**
     * Measures (does not assert) how soon the document shows the version: polls the searcher for up to
     * {@link #PATIENCE}, returning the wait in ms, or -1 when the patience ran out.
     */
    private long waitUntilIndexed(String id, long version) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < PATIENCE.toNanos()) {
            OptionalLong indexed = index.indexedVersion(IndexKind.SEEKERS, id);
            if (indexed.isPresent() && indexed.getAsLong() >= version) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(2);
        }
        return -1;
    }

    @Test
    void aWriteThroughTheApiBecomesSearchableAndTheFiguresArePrinted() throws InterruptedException {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            HttpResponse<Map> created = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", aJobSeeker().build()));
            assertThat(created.code()).isEqualTo(201);
            String id = (String) body(created).get("id");
            long wait = waitUntilIndexed(id, 0);
            if (wait < 0) { // slower than the patience of the measurement: no failure for time, only for absence
                index.syncNow(Duration.ofSeconds(60));
                wait = PATIENCE.toMillis();
            }
            assertThat(index.indexedVersion(IndexKind.SEEKERS, id)).as("seeker %d visible to search", i).isPresent();
            waits.add(wait);
        }
        Collections.sort(waits);
        // a figure, not an assertion: the benchmark command reports it too
        System.out.printf("FRESHNESS via API (HTTP 201 -> searchable), n=%d: p50 %d ms, p99 %d ms, max %d ms%n",
                waits.size(), waits.get(waits.size() / 2), waits.get((int) Math.ceil(waits.size() * 0.99) - 1),
                waits.get(waits.size() - 1));
    }

    @Test
    void anErasedPersonLeavesTheIndex() throws InterruptedException {
        String id = (String) body(api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", aJobSeeker().build())))
                .get("id");
        assertThat(waitUntilIndexed(id, 0)).isNotNegative();
        assertThat(api.as("responsable", HttpRequest.DELETE("/api/v1/job-seekers/" + id + "?reason=test")).code()).isEqualTo(204);
        index.syncNow(PATIENCE);
        assertThat(index.indexedVersion(IndexKind.SEEKERS, id)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthReportsTheIndexComponentToAnAdminOnly() {
        // components are checked in the background every second: wait (bounded) for the first UP
        HttpResponse<Map> health = api.as("admin", HttpRequest.GET("/health"));
        for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
             health.code() != 200 && System.nanoTime() < deadline; ) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            health = api.as("admin", HttpRequest.GET("/health"));
        }
        assertThat(health.code()).isEqualTo(200);
        Map<String, Object> details = (Map<String, Object>) body(health).get("details");
        assertThat(details).containsKeys("index", "jdbc");
        assertThat(((Map<String, Object>) details.get("index")).get("status")).isEqualTo("UP");
        assertThat(((Map<String, Object>) details.get("jdbc")).get("status")).isEqualTo("UP");

        HttpResponse<Map> anonymous = api.exchange(HttpRequest.GET("/health"), Map.class);
        assertThat(body(anonymous)).containsEntry("status", "UP");
        assertThat(body(anonymous).get("details")).isNull();
        assertThat(body(api.as("conseiller", HttpRequest.GET("/health"))).get("details")).isNull();
        assertThat(api.exchange(HttpRequest.GET("/health/liveness"), Map.class).code()).isEqualTo(200);
        assertThat(api.exchange(HttpRequest.GET("/health/readiness"), Map.class).code()).isEqualTo(200);
    }

    @Test
    void adminSeesTheIndexAndCanRebuildIt() {
        HttpResponse<Map> status = api.as("admin", HttpRequest.GET("/api/v1/admin/index"));
        assertThat(status.code()).isEqualTo(200);
        assertThat(body(status)).containsEntry("state", "READY").containsEntry("healthy", true);
        assertThat(api.as("conseiller", HttpRequest.GET("/api/v1/admin/index")).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());

        HttpResponse<Map> rebuild = api.as("admin", HttpRequest.POST("/api/v1/admin/index/rebuild", Map.of()));
        assertThat(rebuild.code()).isIn(202, 409);
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
        HttpResponse<Map> verify = api.as("admin", HttpRequest.POST("/api/v1/admin/index/verify", Map.of()));
        assertThat(body(verify)).containsEntry("consistent", true);
    }

    @Test
    void rebuildAndVerifyCommandsRunInTheirOwnContext() {
        // the commands open the same test database, and an index directory of their own
        Map<String, Object> ownIndex = Map.of("tremplin.index.dir", "target/index-test/cli-" + System.nanoTime());
        assertThat(TremplinCli.run(new String[] {"verify-index"}, ownIndex, "test")).as("no index yet").isEqualTo(1);
        assertThat(TremplinCli.run(new String[] {"rebuild-index"}, ownIndex, "test")).isZero();
        assertThat(TremplinCli.run(new String[] {"verify-index"}, ownIndex, "test")).isZero();
    }
}
