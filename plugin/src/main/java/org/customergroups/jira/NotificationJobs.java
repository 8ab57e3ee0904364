package org.customergroups.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.JobDetails;
import org.customergroups.service.AuditService;
import org.customergroups.service.DigestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
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
    static final Duration FIRST_RUN_DELAY = ClusterJobs.FIRST_RUN_DELAY;

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

    /** One daily job: its runner key and job id (the same string, see {@link ClusterJobs}) and the service call. */
    record Job(String key, String what, String counted, IntSupplier work) implements JobRunner {

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
        // One job failing to schedule never keeps the other (or the rest of the plugin) from starting.
        for (Job job : jobs) {
            ClusterJobs.start(scheduler, job.key(), job, INTERVAL, clock.instant(), LOG, job.what());
        }
    }

    @Override
    public void onStop() {
        for (Job job : jobs) {
            ClusterJobs.stop(scheduler, job.key(), LOG);
        }
    }

    JobConfig config(Job job) {
        return ClusterJobs.config(job.key(), INTERVAL, clock.instant());
    }

    /** An existing job runs once per cluster every {@link #INTERVAL}: keep its schedule (and its next run). */
    static boolean isCurrent(JobDetails existing) {
        return ClusterJobs.isCurrent(existing, INTERVAL);
    }

    List<Job> jobs() {
        return jobs;
    }
}
