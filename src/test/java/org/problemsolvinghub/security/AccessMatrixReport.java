package org.problemsolvinghub.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.problemsolvinghub.security.Endpoints.Door;
import org.problemsolvinghub.security.Endpoints.Endpoint;

/** Writes the matrix the test observed: a Markdown report with counts, and the same rows in the policy's format. */
final class AccessMatrixReport {

    private AccessMatrixReport() {
    }

    static String write(List<Endpoint> endpoints, Map<String, String[]> observed, List<String> problems, long seconds,
            Path markdown, Path policyFormat) throws IOException {
        Map<Door, Integer> perDoor = new EnumMap<>(Door.class);
        Map<String, Integer> perAnswer = new TreeMap<>();
        int cells = 0;
        for (Endpoint endpoint : endpoints) {
            perDoor.merge(endpoint.door(), 1, Integer::sum);
            for (String answer : observed.get(endpoint.key())) {
                perAnswer.merge(answer, 1, Integer::sum);
                cells++;
            }
        }
        StringBuilder summary = new StringBuilder("Access matrix: ").append(endpoints.size()).append(" endpoints (");
        perDoor.forEach((door, n) -> summary.append(door).append(' ').append(n).append(", "));
        summary.setLength(summary.length() - 2);
        summary.append(") x ").append(AccessMatrixPolicy.COLUMNS.size()).append(" callers = ").append(cells)
                .append(" requests in ").append(seconds).append(" s; answers ").append(perAnswer)
                .append("; ").append(problems.size()).append(" differences from the policy");

        StringBuilder md = new StringBuilder("# Access matrix\n\n").append(summary).append(".\n\n");
        md.append("Callers: ").append(String.join(", ", AccessMatrixPolicy.ROLES)).append(".\n\n");
        md.append("| endpoint | ").append(String.join(" | ", AccessMatrixPolicy.COLUMNS)).append(" |\n|---|");
        md.append("---|".repeat(AccessMatrixPolicy.COLUMNS.size())).append('\n');
        StringBuilder rows = new StringBuilder();
        for (Endpoint endpoint : endpoints) {
            String[] answers = observed.get(endpoint.key());
            md.append("| `").append(endpoint.key()).append("` | ").append(String.join(" | ", answers)).append(" |\n");
            rows.append(AccessMatrixPolicy.row(endpoint.method(), endpoint.template(), List.of(answers))).append('\n');
        }
        if (!problems.isEmpty()) {
            md.append("\n## Differences from the policy\n\n");
            problems.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, md);
        Files.writeString(policyFormat, rows);
        return summary + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 60))));
    }
}
