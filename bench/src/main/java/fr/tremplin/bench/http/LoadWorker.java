package fr.tremplin.bench.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * One connection of {@link HttpLoad}: synchronous requests one after the other, round the prepared requests from
 * its own offset, until the deadline. Counts and latencies cover the requests completed after {@code measureFrom};
 * a latency is recorded for every response whatever its status, not for a request that failed with an exception.
 * Its fields are read by the main thread after {@link Thread#join()}.
 */
final class LoadWorker implements Runnable {
    private final HttpClient client;
    private final List<HttpRequest> requests;
    private final long measureFrom;
    private final long deadline;
    private final LatencyHistogram latencies = new LatencyHistogram();
    private int next;
    private long completed;
    private long errors;
    private long stoppedAt;
    private String firstError;

    LoadWorker(HttpClient client, List<HttpRequest> requests, int offset, long measureFrom, long deadline) {
        this.client = client;
        this.requests = requests;
        this.next = offset % requests.size();
        this.measureFrom = measureFrom;
        this.deadline = deadline;
    }

    @Override
    public void run() {
        long begin;
        while ((begin = System.nanoTime()) - deadline < 0) {
            HttpRequest request = requests.get(next);
            next = (next + 1) % requests.size();
            int status;
            String failure = null;
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 200 || status > 299) {
                    failure = "HTTP " + status + " on " + request.uri();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                status = -1;
                failure = e + " on " + request.uri();
            }
            long end = System.nanoTime();
            if (end - measureFrom < 0) {
                continue;
            }
            completed++;
            if (status > 0) {
                latencies.record(end - begin);
            }
            if (failure != null) {
                errors++;
                if (firstError == null) {
                    firstError = failure;
                }
            }
        }
        stoppedAt = System.nanoTime();
    }

    LatencyHistogram latencies() {
        return latencies;
    }

    long requests() {
        return completed;
    }

    long errors() {
        return errors;
    }

    long stoppedAt() {
        return stoppedAt;
    }

    String firstError() {
        return firstError;
    }
}
