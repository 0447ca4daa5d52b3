package org.problemsolvinghub.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One hub JVM started from the packaged jar with the production profile ({@code postgres}), as an
 * operator runs a node: its own port and node name, the shared database from the environment, the job
 * executor on. Its output goes to {@code target/reliability/<name>-<start>.log}.
 */
final class HubNode {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "drill-admin-secret";

    private final String name;
    private final String databaseUrl;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final int port;
    private Process process;
    private int starts;

    HubNode(String name, String databaseUrl) {
        this.name = name;
        this.databaseUrl = databaseUrl;
        this.port = freePort();
    }

    /** A Spring property for every start of this node (--key=value). */
    HubNode with(String key, String value) {
        properties.put(key, value);
        return this;
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Starts the JVM (demo force loaded if asked: only the first node on a new database). */
    HubNode start(boolean demo) throws IOException {
        starts++;
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:ActiveProcessorCount=2",
                // The quick JIT only: less CPU spent compiling while starting on two shared cores.
                "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(), "--spring.profiles.active=postgres", "--server.port=" + port,
                "--hub.node-name=" + name));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("HUB_DB_URL", databaseUrl);
        env.put("HUB_DB_USER", DrillDatabase.user());
        env.put("HUB_DB_PASSWORD", DrillDatabase.password());
        env.put("HUB_ADMIN_USER", ADMIN);
        env.put("HUB_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HUB_DEMO", String.valueOf(demo));
        env.put("HUB_JOB_EXECUTOR", "true");
        // Small pools: two JVMs and the drill's clients share two cores.
        env.put("HUB_DB_POOL_SIZE", "8");
        Path log = DrillReport.DIR.resolve(name + "-" + starts + ".log");
        Files.createDirectories(DrillReport.DIR);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
        return this;
    }

    /** Waits until /actuator/health answers UP (what a load balancer's health check asks); returns the wait. */
    Duration awaitUp(Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + limit.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting: see "
                        + DrillReport.DIR.resolve(name + "-" + starts + ".log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not come up within " + limit);
    }

    /**
     * kill -9: {@link Process#destroyForcibly()} sends SIGKILL on Linux, so the JVM gets no shutdown hook,
     * no graceful stop of its job executor, no connection close. Returns the exit code, which is 128 + 9
     * when the process died of SIGKILL.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
        return process.exitValue();
    }

    /** A graceful stop (SIGTERM), as at the end of a drill. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar `mvn package` built (failsafe runs after package); not the plain `.jar.original`. */
    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("problem-solving-hub-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/problem-solving-hub-*.jar: run mvn -Preliability verify"));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + baseUrl() + ")";
    }
}
