package org.customergroups.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import org.slf4j.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * How the plugin's jobs sit on Jira's scheduler (shared by {@link NotificationJobs} and {@link MembershipJobs}):
 * run once per cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}: one node runs each firing, and the schedule is
 * stored in Jira's database) at a fixed interval, under a fixed {@link JobId} equal to the runner key. Runners
 * live in each node's memory, so every node registers its runner on start. A job that already exists with the
 * same interval and run mode is kept, so that restarts and other nodes do not push its next run back; one with
 * other settings (an older version of the plugin) is replaced. Nothing here throws into SAL's start-up or
 * shutdown: failures are logged.
 */
final class ClusterJobs {

    /** Soon after start, but not while Jira is still busy starting. */
    static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(5);

    private ClusterJobs() {
    }

    /** Registers the runner and schedules the job unless a current one exists; false (logged) when that failed. */
    static boolean start(SchedulerService scheduler, String key, JobRunner runner, Duration interval, Instant now,
                         Logger log, String what) {
        try {
            scheduler.registerJobRunner(JobRunnerKey.of(key), runner);
            if (!isCurrent(scheduler.getJobDetails(JobId.of(key)), interval)) {
                scheduler.scheduleJob(JobId.of(key), config(key, interval, now));
            }
            return true;
        } catch (Exception | LinkageError e) {
            log.error("Customer Groups: could not schedule the job {} ({})", key, what, e);
            return false;
        }
    }

    /** Unregisters the runner; the schedule stays (a firing while no runner is registered is skipped by Jira). */
    static void stop(SchedulerService scheduler, String key, Logger log) {
        try {
            scheduler.unregisterJobRunner(JobRunnerKey.of(key));
        } catch (RuntimeException | LinkageError e) {
            log.warn("Customer Groups: could not unregister the job {}", key, e);
        }
    }

    static JobConfig config(String key, Duration interval, Instant now) {
        Date firstRun = Date.from(now.plus(FIRST_RUN_DELAY));
        return JobConfig.forJobRunnerKey(JobRunnerKey.of(key))
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(interval.toMillis(), firstRun));
    }

    /** An existing job runs once per cluster every {@code interval}: keep its schedule (and its next run). */
    static boolean isCurrent(JobDetails existing, Duration interval) {
        if (existing == null || existing.getRunMode() != RunMode.RUN_ONCE_PER_CLUSTER) {
            return false;
        }
        Schedule schedule = existing.getSchedule();
        return schedule != null && schedule.getType() == Schedule.Type.INTERVAL
                && schedule.getIntervalScheduleInfo() != null
                && schedule.getIntervalScheduleInfo().getIntervalInMillis() == interval.toMillis();
    }
}
