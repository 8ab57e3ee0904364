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
import org.customergroups.service.ReconcileReport;
import org.customergroups.service.Reconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * The hourly membership reconciliation on Jira's scheduler: {@value #RECONCILE} runs
 * {@link Reconciler#reconcileAll()} once per cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}: one node runs each
 * firing, so two nodes never reconcile at the same time), every {@link #INTERVAL}, the first time
 * {@link #FIRST_RUN_DELAY} after start. It catches what no event reports: user property changes (Jira fires no event
 * for them), rules reading other groups' memberships, users whose event handling failed.
 * <p>
 * Registered like {@link NotificationJobs}: SAL calls {@link #onStart()} on every node (exported as a
 * {@link LifecycleAware} OSGi service in plugin-context.xml), which registers the runner (runners live in each node's
 * memory) and schedules the job under a fixed {@link JobId} unless a job with the same interval and run mode exists
 * (so restarts and other nodes keep its next run); {@link #onStop()} unregisters the runner. The runner never throws:
 * a failure is logged and reported to Jira as {@link JobRunnerResponse#failed(String)}.
 */
public class MembershipJobs implements LifecycleAware {

    static final String RECONCILE = "org.customergroups.reconcile";
    static final Duration INTERVAL = Duration.ofHours(1);
    /** Soon after start, but not while Jira is still busy starting. */
    static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(MembershipJobs.class);

    private final SchedulerService scheduler;
    private final Clock clock;
    private final Runner runner;

    public MembershipJobs(SchedulerService schedulerService, Reconciler reconciler, Clock clock) {
        this.scheduler = schedulerService;
        this.clock = clock;
        this.runner = new Runner(reconciler);
    }

    /** Runs one full reconciliation and reports its figures (shown in Jira's scheduler administration). */
    record Runner(Reconciler reconciler) implements JobRunner {

        @Override
        public JobRunnerResponse runJob(JobRunnerRequest request) {
            try {
                ReconcileReport report = reconciler.reconcileAll();
                return JobRunnerResponse.success(report.groups() + " groups, " + report.usersScanned()
                        + " users read, " + report.joined() + " joined, " + report.left() + " left, "
                        + report.sharesRemoved() + " shares removed");
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Customer Groups: the hourly membership reconciliation failed", e);
                return JobRunnerResponse.failed("Customer Groups failed to reconcile memberships: " + e);
            }
        }
    }

    @Override
    public void onStart() {
        try {
            scheduler.registerJobRunner(JobRunnerKey.of(RECONCILE), runner);
            JobDetails existing = scheduler.getJobDetails(JobId.of(RECONCILE));
            if (!isCurrent(existing)) {
                scheduler.scheduleJob(JobId.of(RECONCILE), config());
            }
        } catch (Exception | LinkageError e) {
            // Never into SAL's start-up: the rest of the plugin still starts (events still reconcile users).
            LOG.error("Customer Groups: could not schedule the hourly membership reconciliation", e);
        }
    }

    @Override
    public void onStop() {
        try {
            scheduler.unregisterJobRunner(JobRunnerKey.of(RECONCILE));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Customer Groups: could not unregister the hourly membership reconciliation", e);
        }
    }

    JobConfig config() {
        Date firstRun = Date.from(clock.instant().plus(FIRST_RUN_DELAY));
        return JobConfig.forJobRunnerKey(JobRunnerKey.of(RECONCILE))
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

    Runner runner() {
        return runner;
    }
}
