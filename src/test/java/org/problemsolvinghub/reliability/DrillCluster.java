package org.problemsolvinghub.reliability;

import java.time.Duration;

/**
 * The two hub nodes the drills share, on one fresh database: started once for the whole
 * {@code mvn -Preliability verify} run (a start on two busy cores takes minutes), stopped and the
 * database dropped when the drills' JVM ends. node-a creates the schema and loads the demo force
 * ({@code hub.demo.enabled} through HUB_DEMO=true); node-b then joins the running service with the demo
 * off. Both run the job executor with a short lock time, so the crash drill can watch a dead node's
 * locks expire, and a short idle wait, so an idle node joins a burst of due timers within seconds.
 */
final class DrillCluster {

    /** How long a node's job lock lasts (default 5 minutes): a dead node's jobs wait this long. */
    static final int LOCK_MILLIS = 15_000;
    /** Longest sleep of an idle job executor between acquisitions (default 60 s). */
    static final int MAX_WAIT_MILLIS = 10_000;

    /** A start on an idle two-core machine takes under a minute; other builds sharing it can make it many. */
    static final Duration START_LIMIT = Duration.ofMinutes(8);

    private static DrillCluster shared;

    final DrillDatabase database;
    final HubNode a;
    final HubNode b;
    final Duration aStartUp;
    final Duration bStartUp;

    private DrillCluster() throws Exception {
        database = new DrillDatabase();
        a = node("node-a");
        b = node("node-b");
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        try {
            aStartUp = a.start(true).awaitUp(START_LIMIT);
            bStartUp = b.start(false).awaitUp(START_LIMIT);
        } catch (Exception | Error e) {
            // No half-started cluster left running for the next drill to trip over.
            close();
            throw e;
        }
    }

    static synchronized DrillCluster shared() throws Exception {
        if (shared == null) {
            shared = new DrillCluster();
        }
        return shared;
    }

    private HubNode node(String name) {
        return new HubNode(name, database.url())
                .with("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_MILLIS))
                .with("camunda.bpm.job-execution.max-wait", String.valueOf(MAX_WAIT_MILLIS));
    }

    String describe() {
        return "Database `" + database.name() + "` (PostgreSQL on this machine, dropped after the drills). Two JVMs from the "
                + "packaged jar, profile `postgres`, `-Xmx512m -XX:TieredStopAtLevel=1`, pool of 8 connections each, job executor on with "
                + "`camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS + "` and `max-wait=" + MAX_WAIT_MILLIS
                + "`, `hub.node-name` node-a and node-b. node-a created the schema and loaded the demo force "
                + "(`HUB_DEMO=true`) in " + aStartUp.toSeconds() + " s to `/actuator/health` UP; node-b then joined with the "
                + "demo off in " + bStartUp.toSeconds() + " s. Both drills share these nodes and this database.";
    }

    private void close() {
        try {
            a.stop();
            b.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            database.close();
        }
    }
}
