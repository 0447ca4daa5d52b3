package org.problemsolvinghub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * N concurrent clients, each a thread of its own with its own keep-alive HTTP client made once: a round
 * hands them a queue of work and waits until it is empty. Failures are kept, not thrown, so a round always
 * ends; the benchmark fails afterwards if there were any.
 */
final class Clients {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<HttpClient> http = new ArrayList<>();
    private final LongAdder workerCpu = new LongAdder();
    final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    Clients(int count) {
        for (int i = 0; i < count; i++) {
            http.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
    }

    int size() {
        return http.size();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends one request on a worker's client; true when answered with the expected status. */
    boolean send(int worker, HttpRequest request, int expected) {
        return call(worker, request, expected) != null;
    }

    /** Sends one request on a worker's client; its body when answered with the expected status, else null. */
    String call(int worker, HttpRequest request, int expected) {
        try {
            HttpResponse<String> answer = http.get(worker).send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                failures.add(request.method() + " " + request.uri().getPath() + ": " + answer.statusCode() + " "
                        + answer.body());
                return null;
            }
            return answer.body();
        } catch (Exception e) {
            failures.add(request.method() + " " + request.uri() + ": " + e);
            return null;
        }
    }

    static HttpRequest post(URI uri, String authorization, String json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /**
     * Runs every item of {@code work} on {@code threads} threads (each item once, taken in turn), the item
     * given with the index of the thread's HTTP client; returns the wall time in nanoseconds.
     */
    <T> long round(int threads, List<T> work, Worker<T> each) {
        Queue<T> queue = new ConcurrentLinkedQueue<>(work);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicInteger names = new AtomicInteger();
        long started = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            int worker = i;
            Thread thread = new Thread(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                try {
                    for (T item = queue.poll(); item != null; item = queue.poll()) {
                        each.run(worker, item);
                    }
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                } finally {
                    workerCpu.add(THREADS.getCurrentThreadCpuTime() - cpu);
                    done.countDown();
                }
            }, "bench-client-" + names.incrementAndGet());
            thread.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - started;
    }

    interface Worker<T> {
        void run(int worker, T item);
    }

    /**
     * CPU the load generator has used so far: its worker threads (counted as each ends) and the HTTP
     * clients' own threads (their selectors), which live as long as the clients.
     */
    long cpuNanos() {
        long total = workerCpu.sum();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("HttpClient-")) {
                total += Math.max(THREADS.getThreadCpuTime(info.getThreadId()), 0);
            }
        }
        return total;
    }
}
