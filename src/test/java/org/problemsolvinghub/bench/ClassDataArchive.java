package org.problemsolvinghub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The hub laid out as the Dockerfile lays it out: the jar extracted with Spring Boot's {@code jarmode=tools}
 * (class data sharing cannot map classes read from jars nested in a jar), and a dynamic class data sharing
 * archive written by one training run that starts the application context on an in-memory H2 database and
 * exits ({@code -Dspring.context.exit=onRefresh}). A start with {@code -XX:SharedArchiveFile} then maps the
 * classes already parsed and verified instead of loading them again: the part of start-up that is the JVM's
 * own. Made once per packaged jar, under {@code target/bench/cds/}, and reused while the jar is unchanged.
 */
final class ClassDataArchive {

    private final Path extractedJar;
    private final Path archive;

    private ClassDataArchive(Path extractedJar, Path archive) {
        this.extractedJar = extractedJar;
        this.archive = archive;
    }

    /** The java arguments that start the hub from the extracted jar with the archive. */
    List<String> javaArguments() {
        List<String> arguments = new ArrayList<>(HubProcess.COLLECTOR);
        arguments.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-jar", extractedJar.toString()));
        return arguments;
    }

    static synchronized ClassDataArchive of(Path jar, String javaBinary) {
        try {
            Path folder = Path.of("target", "bench", "cds").toAbsolutePath();
            Path extracted = folder.resolve("hub").resolve(jar.getFileName());
            Path archive = folder.resolve("hub.jsa");
            if (Files.exists(archive) && Files.exists(extracted)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return new ClassDataArchive(extracted, archive);
            }
            deleteRecursively(folder);
            Files.createDirectories(folder);
            Path log = folder.resolve("training.log");
            run(folder, log, Map.of(), javaBinary, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(),
                    "extract", "--destination", folder.resolve("hub").toString());
            // The training run: the default (H2) profile in memory, no demo force, any free port; it writes
            // the archive as the JVM exits once the context has been refreshed.
            List<String> training = new ArrayList<>(List.of(javaBinary));
            training.addAll(HubProcess.COLLECTOR);
            training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-Dspring.context.exit=onRefresh", "-jar", extracted.toString()));
            run(folder, log, Map.of("HUB_DB_URL", "jdbc:h2:mem:cds-training;DB_CLOSE_DELAY=-1", "HUB_DEMO", "false",
                    "PORT", "0", "SPRING_PROFILES_ACTIVE", "default"), training.toArray(String[]::new));
            if (!Files.exists(archive)) {
                throw new IllegalStateException("The training run wrote no class data archive; see " + log);
            }
            return new ClassDataArchive(extracted, archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Path folder, Path log, Map<String, String> env, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Did not finish within 5 minutes: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exit " + process.exitValue() + " from " + String.join(" ", command)
                    + "; see " + log);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
