package org.problemsolvinghub;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the requests of a race on threads of their own and counts the outcomes, so a test can say
 * "claim vs complete x20: claim 204 + complete 409 ×10, ..., 5xx 0" and assert on every run.
 */
public final class RaceTally implements AutoCloseable {

    private final String race;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private int runs;
    private int serverErrors;

    public RaceTally(String race) {
        this.race = race;
    }

    /** Sends a request on a thread of its own. */
    public <T> Future<T> send(Callable<T> request) {
        return threads.submit(request);
    }

    /** Sends both requests at the same instant (both threads wait at one gate). */
    public <A, B> Future<?>[] sendTogether(Callable<A> a, Callable<B> b) {
        CountDownLatch gate = new CountDownLatch(1);
        Future<A> first = threads.submit(() -> {
            gate.await();
            return a.call();
        });
        Future<B> second = threads.submit(() -> {
            gate.await();
            return b.call();
        });
        gate.countDown();
        return new Future<?>[] {first, second};
    }

    public static <T> T answer(Future<T> request) {
        try {
            return request.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the request did not answer", e);
        }
    }

    /** Records one run's outcome, e.g. "claim 204 + complete 409"; counts any 5xx among its codes. */
    public void record(String outcome, int... statusCodes) {
        runs++;
        outcomes.merge(outcome, 1, Integer::sum);
        for (int code : statusCodes) {
            if (code >= 500) {
                serverErrors++;
            }
        }
    }

    public int runs() {
        return runs;
    }

    public int serverErrors() {
        return serverErrors;
    }

    public Map<String, Integer> outcomes() {
        return outcomes;
    }

    /** "claim vs complete x20: claim 204 + complete 409 ×13, claim 404 + complete 204 ×7, 5xx 0" */
    public String summary() {
        return race + " x" + runs + ": " + outcomes.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", ")) + ", 5xx " + serverErrors;
    }

    @Override
    public void close() {
        threads.shutdownNow();
        System.out.println("RACE " + summary());
    }
}
