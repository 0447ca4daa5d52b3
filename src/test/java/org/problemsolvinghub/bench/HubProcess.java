package org.problemsolvinghub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged hub ({@code target/problem-solving-hub-*.jar}) started as production starts it: its own JVM,
 * the {@code postgres} profile, settings from the environment, and (as the Dockerfile does) from the extracted
 * jar with a class data sharing archive ({@link ClassDataArchive}); {@link Launch#PLAIN_JAR} starts it with
 * {@code java -jar} alone, for comparison. The benchmark talks to it over loopback
 * HTTP only, so the load generator and the hub are separate processes, and start-up and heap are the
 * hub's own. Its output goes to {@code target/bench/<name>.log}.
 */
final class HubProcess implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "bench-admin-secret";
    /**
     * A garbage collector to compare with the JVM's default (G1), the Dockerfile's: {@code -Dbench.collector=-XX:+UseParallelGC}
     * starts the hub (and the class data archive's training run) with it. Empty: the default.
     */
    static final List<String> COLLECTOR = System.getProperty("bench.collector", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.collector").strip());

    private static final Pattern STARTED = Pattern.compile("Started HubApplication in ([0-9.]+) seconds");

    private final Process process;
    private final int port;
    private final Path log;
    private final long launchedNanos;
    private final double healthSeconds;
    private final double startupCpuSeconds;
    private final double reportedSeconds;

    private HubProcess(Process process, int port, Path log, long launchedNanos, double healthSeconds,
            double reportedSeconds, double startupCpuSeconds) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.launchedNanos = launchedNanos;
        this.healthSeconds = healthSeconds;
        this.reportedSeconds = reportedSeconds;
        this.startupCpuSeconds = startupCpuSeconds;
    }

    /** How the JVM is started. */
    enum Launch {
        /** As the Dockerfile starts it: the extracted jar and the class data sharing archive. */
        ARCHIVED,
        /** {@code java -jar} on the packaged jar, nothing else. */
        PLAIN_JAR
    }

    /** Starts the hub as the Dockerfile does against {@code database}; waits for its first 200 from /actuator/health. */
    static HubProcess start(String name, String database, Map<String, String> extraEnvironment) {
        return start(name, database, extraEnvironment, Launch.ARCHIVED);
    }

    static HubProcess start(String name, String database, Map<String, String> extraEnvironment, Launch launch) {
        Path jar = jar();
        int port = freePort();
        Path log = Path.of("target", "bench", name + ".log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(launch == Launch.ARCHIVED ? ClassDataArchive.of(jar, javaBinary()).javaArguments()
                : Stream.concat(COLLECTOR.stream(), Stream.of("-jar", jar.toString())).toList());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("HUB_DB_URL", VolumeDatabase.url(database));
        env.put("HUB_DB_USER", VolumeDatabase.USER);
        env.put("HUB_DB_PASSWORD", VolumeDatabase.PASSWORD);
        env.put("HUB_ADMIN_USER", ADMIN);
        env.put("HUB_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HUB_SECURE_COOKIES", "false");
        env.put("PORT", String.valueOf(port));
        env.putAll(extraEnvironment);
        long launched = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = launched + TimeUnit.MINUTES.toNanos(6);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The hub stopped while starting; see " + log);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("The hub did not answer /actuator/health within 6 minutes; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        double healthSeconds = (System.nanoTime() - launched) / 1e9;
        double cpu = cpuSeconds(process.pid());
        // Spring Boot's own "Started ... in N seconds", for comparison with the wall time measured here.
        double reported = Double.NaN;
        try {
            Matcher m = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                reported = Double.parseDouble(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HubProcess(process, port, log, launched, healthSeconds, reported, cpu);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Wall-clock seconds from launching the JVM to the first 200 from /actuator/health. */
    double healthSeconds() {
        return healthSeconds;
    }

    /** What Spring Boot reports in its "Started HubApplication in N seconds" line (NaN if not found). */
    double reportedSeconds() {
        return reportedSeconds;
    }

    /** CPU seconds the JVM used until it answered: steadier than wall time on a shared machine. */
    double startupCpuSeconds() {
        return startupCpuSeconds;
    }

    Path log() {
        return log;
    }

    /**
     * Heap in use after a full collection, in bytes: {@code jcmd <pid> GC.run}, then {@code GC.heap_info}
     * (G1's "used" figure for the whole heap).
     */
    long heapUsedAfterFullGc() {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        // One line per generation: "garbage-first heap total ..K, used ..K" for G1; the parallel collector's
        // PSYoungGen and ParOldGen, which are summed (Metaspace's line has no total and is not heap).
        Matcher m = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        long usedK = 0;
        boolean found = false;
        while (m.find()) {
            usedK += Long.parseLong(m.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("No heap figure in jcmd GC.heap_info: " + info);
        }
        return usedK * 1024;
    }

    String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the hub as a service manager would (SIGTERM), then forcibly if it lingers. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path jar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("problem-solving-hub-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/problem-solving-hub-*.jar: run mvn -Pbench verify, "
                            + "which packages the hub before the benchmarks"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** utime + stime of the process from /proc (Linux), in seconds; NaN elsewhere. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * CPU seconds the JVM's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread0") have used: a
     * freshly started hub spends much of its CPU compiling its hot code, which a node that has run for a day
     * no longer does.
     */
    static double compilerCpuSeconds(long pid) {
        try (java.util.stream.Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            long ticks = 0;
            for (Path thread : threads.toList()) {
                String stat = Files.readString(thread.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    double elapsedSinceLaunch() {
        return (System.nanoTime() - launchedNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
