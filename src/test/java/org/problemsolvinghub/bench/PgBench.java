package org.problemsolvinghub.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.problemsolvinghub.PostgresTestDatabase;

/** pgbench's TPC-B-like run on a scratch database of the test server, dropped afterwards. */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private PgBench() {
    }

    /** The pgbench command on this machine, or null. */
    static String find() {
        for (String candidate : List.of("pgbench", "/usr/bin/pgbench")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Initialises scale 10 and runs 4 clients on 2 threads for 20 s; returns the transactions per second. */
    static double tpcb(String pgbench) throws IOException, InterruptedException {
        String database = BenchDatabases.create("pgbench");
        try {
            run(pgbench, "-i", "-q", "-s", "10", database);
            String out = run(pgbench, "-c", "4", "-j", "2", "-T", "20", database);
            Matcher m = TPS.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("no tps in pgbench's output: " + out);
            }
            return Double.parseDouble(m.group(1));
        } finally {
            BenchDatabases.drop(database);
        }
    }

    private static String run(String pgbench, String... args) throws IOException, InterruptedException {
        URI server = URI.create(PostgresTestDatabase.urlOf("postgres").substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(pgbench, "-h", server.getHost(),
                "-p", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()), "-U", PostgresTestDatabase.user()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!PostgresTestDatabase.password().isEmpty()) {
            builder.environment().put("PGPASSWORD", PostgresTestDatabase.password());
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "pgbench-" + args[0].replace("-", "") + ".txt"), out);
        return out;
    }
}
