package org.customergroups.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import org.customergroups.service.AuditService;
import org.customergroups.service.DigestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The plugin's daily jobs on Jira's scheduler, run once per cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}: one node
 * runs each firing, and the schedule is stored in Jira's database):
 * <ul>
 *   <li>{@value #DIGEST}: {@link DigestService#sendDigests()} (the daily digest mails);</li>
 *   <li>{@value #AUDIT_RETENTION}: {@link AuditService#purgeExpired()} (audit entries older than the retention).</li>
 * </ul>
 * SAL calls {@link #onStart()} when Jira and the plugin are up (on every node, and when the plugin is enabled
 * later) and {@link #onStop()} before the plugin is disabled; for that this bean is exported as a
 * {@link LifecycleAware} OSGi service (plugin-context.xml). On start both runners are registered (the scheduler keeps
 * runners per node, in memory) and each job is scheduled under a fixed {@link JobId}, every
 * {@link #INTERVAL}, first {@link #FIRST_RUN_DELAY} from now. A job that already exists with that interval and run
 * mode is left alone, so that restarts and other nodes do not push its next run back; one with other settings (an
 * older version of the plugin) is replaced. On stop the runners are unregistered; the schedules stay, and a firing
 * while no runner is registered is skipped by Jira.
 * <p>
 * A runner never throws: a failing service is logged and reported to Jira as
 * {@link JobRunnerResponse#failed(String)} (shown in Jira's scheduler administration).
 */
public class NotificationJobs implements LifecycleAware {

    static final String DIGEST = "org.customergroups.digest";
    static final String AUDIT_RETENTION = "org.customergroups.audit-retention";
    static final Duration INTERVAL = Duration.ofDays(1);
    /** Soon after start, but not while Jira is still busy starting. */
    static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(NotificationJobs.class);

    private final SchedulerService scheduler;
    private final Clock clock;
    private final List<Job> jobs;

    public NotificationJobs(SchedulerService schedulerService, DigestService digestService, AuditService auditService,
                            Clock clock) {
        this.scheduler = schedulerService;
        this.clock = clock;
        this.jobs = List.of(
                new Job(DIGEST, "send the daily digests", "mails sent", digestService::sendDigests),
                new Job(AUDIT_RETENTION, "purge expired audit entries", "audit entries purged",
                        auditService::purgeExpired));
    }

    /** One daily job: its runner key and job id (the same string) and the service call it runs. */
    record Job(String key, String what, String counted, IntSupplier work) implements JobRunner {

        JobRunnerKey runnerKey() {
            return JobRunnerKey.of(key);
        }

        JobId jobId() {
            return JobId.of(key);
        }

        @Override
        public JobRunnerResponse runJob(JobRunnerRequest request) {
            try {
                return JobRunnerResponse.success(work.getAsInt() + " " + counted);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Customer Groups: the daily job {} failed to {}", key, what, e);
                return JobRunnerResponse.failed("Customer Groups failed to " + what + ": " + e);
            }
        }
    }

    @Override
    public void onStart() {
        for (Job job : jobs) {
            try {
                scheduler.registerJobRunner(job.runnerKey(), job);
                JobDetails existing = scheduler.getJobDetails(job.jobId());
                if (!isCurrent(existing)) {
                    scheduler.scheduleJob(job.jobId(), config(job));
                }
            } catch (Exception | LinkageError e) {
                // Never into SAL's start-up: the other job and the rest of the plugin still start.
                LOG.error("Customer Groups: could not schedule the daily job {} ({})", job.key(), job.what(), e);
            }
        }
    }

    @Override
    public void onStop() {
        for (Job job : jobs) {
            try {
                scheduler.unregisterJobRunner(job.runnerKey());
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Customer Groups: could not unregister the daily job {}", job.key(), e);
            }
        }
    }

    JobConfig config(Job job) {
        Date firstRun = Date.from(clock.instant().plus(FIRST_RUN_DELAY));
        return JobConfig.forJobRunnerKey(job.runnerKey())
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), firstRun));
    }

    /** An existing job runs once per cluster every {@link #INTERVAL}: keep its schedule (and its next run). */
    static boolean isCurrent(JobDetails existing) {
        if (existing == null || existing.getRunMode() != RunMode.RUN_ONCE_PER_CLUSTER) {
            return false;
        }
        Schedule schedule = existing.getSchedule();
        return schedule != null && schedule.getType() == Schedule.Type.INTERVAL
                && schedule.getIntervalScheduleInfo() != null
                && schedule.getIntervalScheduleInfo().getIntervalInMillis() == INTERVAL.toMillis();
    }

    List<Job> jobs() {
        return jobs;
    }
}
