package org.problemsolvinghub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Response times by kind of request, and their percentiles (nearest rank). */
final class LatencyRecorder {

    private final Map<String, List<Double>> millis = new LinkedHashMap<>();

    synchronized void record(String kind, long nanos) {
        millis.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos / 1e6);
        millis.computeIfAbsent("all", k -> new ArrayList<>()).add(nanos / 1e6);
    }

    synchronized List<String> kinds() {
        return List.copyOf(millis.keySet());
    }

    synchronized int count(String kind) {
        return millis.getOrDefault(kind, List.of()).size();
    }

    synchronized double percentile(String kind, double p) {
        List<Double> sorted = new ArrayList<>(millis.getOrDefault(kind, List.of()));
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    String describe(String kind) {
        return String.format(Locale.ROOT, "p50 %.0f / p95 %.0f / p99 %.0f ms (%d requests)", percentile(kind, 50),
                percentile(kind, 95), percentile(kind, 99), count(kind));
    }
}
