package org.problemsolvinghub.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts per endpoint (statuses, verdicts) and keeps the first few failures of each endpoint to show. */
public final class FuzzTally {

    public static final class Line {
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        final Map<Mutation, Integer> mutations = new EnumMap<>(Mutation.class);
        int requests;
        int otherFieldNamed;
        String base = "";
    }

    private final long seed;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> failuresPerEndpoint = new LinkedHashMap<>();

    public FuzzTally(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public void base(String endpoint, String description) {
        lines.computeIfAbsent(endpoint, e -> new Line()).base = description;
    }

    public synchronized void count(String endpoint, FuzzRequest request, HubClient.Answer answer, Verdict verdict,
            String detail) {
        Line line = lines.computeIfAbsent(endpoint, e -> new Line());
        line.requests++;
        line.statuses.merge(answer.status(), 1, Integer::sum);
        line.verdicts.merge(verdict, 1, Integer::sum);
        if (request.mutation() != null) {
            line.mutations.merge(request.mutation(), 1, Integer::sum);
        }
        if (verdict == Verdict.NAMED && request.target() != null && !request.target().equals("body")) {
            String leaf = request.target().replaceAll(".*[.\\]]", "");
            if (Verdict.namedFields(answer).stream().noneMatch(f -> f.contains(leaf) || leaf.contains(f.replaceAll(".*[.\\]]", "")))) {
                line.otherFieldNamed++;
            }
        }
        if (verdict.failed() && failuresPerEndpoint.merge(endpoint, 1, Integer::sum) <= 3) {
            failures.add(verdict + " " + answer.status() + " " + request.describe() + "\n    answer: "
                    + abbreviate(answer.body()) + (detail == null ? "" : "\n    " + detail));
        }
    }

    public int requests() {
        return lines.values().stream().mapToInt(l -> l.requests).sum();
    }

    public int count(Verdict verdict) {
        return lines.values().stream().mapToInt(l -> l.verdicts.getOrDefault(verdict, 0)).sum();
    }

    public int failed() {
        return lines.values().stream().mapToInt(l -> l.verdicts.entrySet().stream().filter(e -> e.getKey().failed())
                .mapToInt(Map.Entry::getValue).sum()).sum();
    }

    public List<String> failures() {
        return failures;
    }

    public int minimumRequests() {
        return lines.values().stream().mapToInt(l -> l.requests).min().orElse(0);
    }

    public Map<String, Line> lines() {
        return lines;
    }

    public String markdown(String title, String command) {
        StringBuilder md = new StringBuilder("# " + title + "\n\n");
        md.append("Seed **").append(seed).append("** (repeat a run with `-Dfuzz.seed=").append(seed).append("`). Command: `")
                .append(command).append("`.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| endpoints | ").append(lines.size()).append(" |\n");
        md.append("| requests | ").append(requests()).append(" |\n");
        for (Verdict v : Verdict.values()) {
            md.append("| ").append(v.name().toLowerCase().replace('_', ' ')).append(" | ").append(count(v)).append(" |\n");
        }
        md.append("| 5xx | ").append(count(Verdict.SERVER_ERROR)).append(" |\n");
        md.append("| unnamed 4xx (no field named, or nothing said) | ").append(count(Verdict.UNNAMED) + count(Verdict.UNEXPLAINED))
                .append(" |\n");
        md.append("| stored half-way | ").append(count(Verdict.HALF_STORED)).append(" |\n\n");
        md.append("A *named* 400 that names another field than the one spoiled (e.g. a date out of order named by its pair) "
                + "is counted in the last column, not as a failure.\n\n");
        md.append("| endpoint | user | requests | statuses | failed | named another field |\n|---|---|---|---|---|---|\n");
        lines.forEach((endpoint, l) -> md.append("| `").append(endpoint).append("` | ").append(l.base).append(" | ")
                .append(l.requests).append(" | ").append(statuses(l.statuses)).append(" | ")
                .append(l.verdicts.entrySet().stream().filter(e -> e.getKey().failed()).mapToInt(Map.Entry::getValue).sum())
                .append(" | ").append(l.otherFieldNamed).append(" |\n"));
        if (!failures.isEmpty()) {
            md.append("\n## Failures (the first three per endpoint)\n\n```\n");
            failures.forEach(f -> md.append(f).append("\n"));
            md.append("```\n");
        }
        return md.toString();
    }

    public void write(Path file, String title, String command) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(title, command));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statuses(Map<Integer, Integer> statuses) {
        StringBuilder s = new StringBuilder();
        statuses.forEach((status, n) -> s.append(s.isEmpty() ? "" : ", ").append(status).append(": ").append(n));
        return s.toString();
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replace("\n", " ");
        return one.length() > 400 ? one.substring(0, 400) + "..." : one;
    }
}
