package org.problemsolvinghub.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A drill's report in Markdown under target/reliability/, also printed to the build log. */
final class DrillReport {

    static final Path DIR = Path.of("target", "reliability");

    private final Path file;
    private final List<String> lines = new ArrayList<>();

    DrillReport(String fileName, String title) {
        this.file = DIR.resolve(fileName);
        lines.add("# " + title);
        lines.add("");
        lines.add("Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores.");
        lines.add("");
    }

    DrillReport line(String text) {
        lines.add(text);
        System.out.println("[drill] " + text);
        return this;
    }

    DrillReport row(String measure, Object figure, String expected, boolean met) {
        return line("| " + measure + " | " + figure + " | " + expected + " | " + (met ? "yes" : "**no**") + " |");
    }

    DrillReport tableHeader() {
        lines.add("");
        lines.add("| measure | figure | expected | met |");
        lines.add("|---|---|---|---|");
        return this;
    }

    void write() throws IOException {
        Files.createDirectories(DIR);
        Files.writeString(file, String.join("\n", lines) + "\n");
    }
}
