package org.problemsolvinghub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's one table (issue #8): every benchmark class adds its rows here and the table is
 * written again after each, to {@code target/bench/results.md} (for people) and
 * {@code target/bench/results.tsv} (for scripts), and printed. Absolute times differ from machine to
 * machine, so each row carries a ratio measured in the same run beside the figures it came from.
 * One JVM runs all the benchmarks ({@code mvn -Pbench verify}), so the table starts empty per run.
 */
public final class BenchTable {

    /**
     * A measured line. {@code hub} and {@code reference} are the absolute figures with their units
     * (e.g. "412 completions/s"), {@code ratio} the one a reader compares with {@code target}.
     */
    public record Row(String part, String measure, String hub, String reference, double ratio, String target,
            boolean met) {
    }

    private static final Path DIR = Path.of("target", "bench");
    private static final List<Row> ROWS = new ArrayList<>();
    private static final List<String> NOTES = new ArrayList<>();
    private static final String STARTED = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();

    private BenchTable() {
    }

    public static synchronized void add(Row row) {
        ROWS.add(row);
        System.out.printf(Locale.ROOT, "[bench] %s %s: hub %s, reference %s, ratio %.2f, target %s: %s%n",
                row.part(), row.measure(), row.hub(), row.reference(), row.ratio(), row.target(),
                row.met() ? "met" : "NOT MET");
        write();
    }

    /** A line under the table: conditions of the run a reader needs (load generator CPU, data volumes). */
    public static synchronized void note(String text) {
        NOTES.add(text);
        System.out.println("[bench] " + text);
        write();
    }

    public static synchronized List<Row> rows() {
        return List.copyOf(ROWS);
    }

    private static void write() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\nRun started ").append(STARTED).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(". Command: `mvn -Pbench verify`.\n\n");
        md.append("| part | measure | hub | reference | ratio | target | met |\n|---|---|---|---|---|---|---|\n");
        StringBuilder tsv = new StringBuilder("part\tmeasure\thub\treference\tratio\ttarget\tmet\n");
        for (Row r : ROWS) {
            String ratio = String.format(Locale.ROOT, "%.2f", r.ratio());
            md.append("| ").append(String.join(" | ", r.part(), r.measure(), r.hub(), r.reference(), ratio,
                    r.target(), r.met() ? "yes" : "**no**")).append(" |\n");
            tsv.append(String.join("\t", r.part(), r.measure(), r.hub(), r.reference(), ratio, r.target(),
                    String.valueOf(r.met()))).append('\n');
        }
        if (!NOTES.isEmpty()) {
            md.append('\n');
            NOTES.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("results.md"), md, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.writeString(DIR.resolve("results.tsv"), tsv, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
