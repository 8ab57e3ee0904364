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
import org.customergroups.service.ReconcileReport;
import org.customergroups.service.Reconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

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
    static final Duration FIRST_RUN_DELAY = ClusterJobs.FIRST_RUN_DELAY;

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
        // A failure is logged, never thrown into SAL's start-up: events still reconcile users.
        ClusterJobs.start(scheduler, RECONCILE, runner, INTERVAL, clock.instant(), LOG,
                "hourly membership reconciliation");
    }

    @Override
    public void onStop() {
        ClusterJobs.stop(scheduler, RECONCILE, LOG);
    }

    JobConfig config() {
        return ClusterJobs.config(RECONCILE, INTERVAL, clock.instant());
    }

    /** An existing job runs once per cluster every {@link #INTERVAL}: keep its schedule (and its next run). */
    static boolean isCurrent(JobDetails existing) {
        return ClusterJobs.isCurrent(existing, INTERVAL);
    }

    Runner runner() {
        return runner;
    }
}
