package org.problemsolvinghub.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU used while a measurement runs: by the load generator's threads, by this JVM (hub and load
 * generator together) and by the whole machine (PostgreSQL and anything else running too), so the
 * table can say how much of the two cores the clients took.
 */
final class CpuClock {

    /** A reading at one moment. Machine figures are core-seconds from /proc/stat (0 where it is missing). */
    record Reading(long wallNanos, long clientNanos, long processNanos, double machineBusy, double machineTotal) {
    }

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private CpuClock() {
    }

    /** {@code clientNanos}: the load generator's CPU so far ({@link Clients#cpuNanos()}), or 0. */
    static Reading read(long clients) {
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        double[] machine = machine();
        return new Reading(System.nanoTime(), clients, process, machine[0], machine[1]);
    }

    /** Busy and total core-seconds since boot. */
    private static double[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            double total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            double idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new double[] {(total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }
}
