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
 * The plugin's scheduled jobs, standing in for Jira's scheduler (the plugin's {@code notificationJobs}
 * bean, which the sandbox does not build, has Jira run them every day, the first time five minutes
 * after the plugin starts): here every day at midnight UTC, one after the other on one daemon thread. A
 * failing job is logged and runs again the next day. Hourly jobs (the plugin's {@code membershipJobs}: the
 * membership reconciliation) run on the same thread every hour from one hour after start, so no two jobs
 * ever run at once, as Jira's once-per-cluster jobs. {@link #close} stops the thread (the sandbox
 * closes it before the plugin's components and the database).
 */
public final class DailyJobs implements AutoCloseable {

    /** A job: its name for the log, and what it does (returns how many things it handled). */
    public record Job(String name, IntSupplier run) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DailyJobs.class);
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    private static final long HOUR_MILLIS = Duration.ofHours(1).toMillis();

    private final ScheduledExecutorService executor;
    private final List<Job> jobs;
    private final List<Job> hourly;

    private DailyJobs(List<Job> jobs, List<Job> hourly) {
        this.jobs = List.copyOf(jobs);
        this.hourly = List.copyOf(hourly);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-daily-jobs");
            t.setDaemon(true);
            return t;
        });
    }

    /** Schedules {@code jobs} daily from the next midnight UTC by {@code clock}. */
    public static DailyJobs start(Clock clock, List<Job> jobs) {
        return start(clock, jobs, List.of());
    }

    /** Schedules {@code jobs} daily from the next midnight UTC by {@code clock}, and {@code hourly} every hour. */
    public static DailyJobs start(Clock clock, List<Job> jobs, List<Job> hourly) {
        DailyJobs daily = new DailyJobs(jobs, hourly);
        daily.executor.scheduleAtFixedRate(daily::runAll, untilMidnight(clock.instant()), DAY_MILLIS,
                TimeUnit.MILLISECONDS);
        if (!hourly.isEmpty()) {
            daily.executor.scheduleAtFixedRate(daily::runHourly, HOUR_MILLIS, HOUR_MILLIS, TimeUnit.MILLISECONDS);
        }
        return daily;
    }

    /** Milliseconds from {@code now} to the next midnight UTC (a whole day at midnight itself). */
    static long untilMidnight(Instant now) {
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Duration.between(now, midnight).toMillis();
    }

    /** Runs every job once, now, on the calling thread; each failure is logged and the next job still runs. */
    public void runAll() {
        run(jobs);
    }

    /** Runs every hourly job once, now, on the calling thread (tests; the sandbox's start). */
    public void runHourly() {
        run(hourly);
    }

    private static void run(List<Job> jobs) {
        for (Job job : jobs) {
            try {
                LOG.info("Scheduled job {}: {}", job.name(), job.run().getAsInt());
            } catch (RuntimeException e) {
                // Thrown out of the scheduled task, it would cancel every later run.
                LOG.error("Scheduled job {} failed", job.name(), e);
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
