package org.customergroups.sandbox.host;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The plugin's daily jobs, standing in for Jira's scheduler (the plugin's {@code notificationJobs}
 * bean, which the sandbox does not build, has Jira run them every day, the first time five minutes
 * after the plugin starts): here every day at midnight UTC, one after the other on one daemon thread. A
 * failing job is logged and runs again the next day. {@link #close} stops the thread (the sandbox
 * closes it before the plugin's components and the database).
 */
public final class DailyJobs implements AutoCloseable {

    /** A job: its name for the log, and what it does (returns how many things it handled). */
    public record Job(String name, IntSupplier run) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DailyJobs.class);
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final ScheduledExecutorService executor;
    private final List<Job> jobs;

    private DailyJobs(List<Job> jobs) {
        this.jobs = List.copyOf(jobs);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-daily-jobs");
            t.setDaemon(true);
            return t;
        });
    }

    /** Schedules {@code jobs} daily from the next midnight UTC by {@code clock}. */
    public static DailyJobs start(Clock clock, List<Job> jobs) {
        DailyJobs daily = new DailyJobs(jobs);
        daily.executor.scheduleAtFixedRate(daily::runAll, untilMidnight(clock.instant()), DAY_MILLIS,
                TimeUnit.MILLISECONDS);
        return daily;
    }

    /** Milliseconds from {@code now} to the next midnight UTC (a whole day at midnight itself). */
    static long untilMidnight(Instant now) {
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Duration.between(now, midnight).toMillis();
    }

    /** Runs every job once, now, on the calling thread; each failure is logged and the next job still runs. */
    public void runAll() {
        for (Job job : jobs) {
            try {
                LOG.info("Daily job {}: {}", job.name(), job.run().getAsInt());
            } catch (RuntimeException e) {
                // Thrown out of the scheduled task, it would cancel every later run.
                LOG.error("Daily job {} failed", job.name(), e);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The daily jobs did not stop within 5 seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
