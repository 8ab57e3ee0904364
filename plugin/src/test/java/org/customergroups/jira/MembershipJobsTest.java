package org.customergroups.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;
import org.customergroups.service.ReconcileReport;
import org.customergroups.service.Reconciler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class MembershipJobsTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final JobId RECONCILE = JobId.of("org.customergroups.reconcile");
    static final JobRunnerKey RUNNER = JobRunnerKey.of("org.customergroups.reconcile");

    @Mock SchedulerService scheduler;
    @Mock Reconciler reconciler;

    MembershipJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new MembershipJobs(scheduler, reconciler, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static JobDetails existing(RunMode mode, long intervalMillis) {
        JobDetails details = mock(JobDetails.class);
        lenient().when(details.getRunMode()).thenReturn(mode);
        lenient().when(details.getSchedule()).thenReturn(Schedule.forInterval(intervalMillis, new Date()));
        return details;
    }

    @Test
    void startRegistersTheRunnerAndSchedulesAnHourlyJobOncePerClusterFiveMinutesFromNow() throws Exception {
        jobs.onStart();

        verify(scheduler).registerJobRunner(eq(RUNNER), any(JobRunner.class));
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(RECONCILE), config.capture());
        assertEquals(RUNNER, config.getValue().getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
        Schedule schedule = config.getValue().getSchedule();
        assertEquals(Schedule.Type.INTERVAL, schedule.getType());
        assertEquals(Duration.ofHours(1).toMillis(), schedule.getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals(Date.from(NOW.plus(Duration.ofMinutes(5))), schedule.getIntervalScheduleInfo().getFirstRunTime());
    }

    @Test
    void anExistingHourlyClusterJobKeepsItsScheduleOnRestartAndOtherNodes() throws Exception {
        JobDetails current = existing(RunMode.RUN_ONCE_PER_CLUSTER, Duration.ofHours(1).toMillis());
        when(scheduler.getJobDetails(RECONCILE)).thenReturn(current);

        jobs.onStart();

        verify(scheduler).registerJobRunner(eq(RUNNER), any(JobRunner.class));
        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    void aJobWithOtherSettingsIsReplaced() throws Exception {
        JobDetails local = existing(RunMode.RUN_LOCALLY, Duration.ofHours(1).toMillis());
        JobDetails daily = existing(RunMode.RUN_ONCE_PER_CLUSTER, Duration.ofDays(1).toMillis());
        when(scheduler.getJobDetails(RECONCILE)).thenReturn(local, daily);
        jobs.onStart();
        jobs.onStart();

        verify(scheduler, org.mockito.Mockito.times(2)).scheduleJob(eq(RECONCILE), any(JobConfig.class));
    }

    @Test
    void aSchedulerFailureNeverReachesSal() throws Exception {
        doThrow(new SchedulerServiceException("cluster lock")).when(scheduler).scheduleJob(any(), any());

        assertDoesNotThrow(jobs::onStart);
    }

    @Test
    void stopUnregistersTheRunnerAndKeepsTheSchedule() throws Exception {
        jobs.onStop();

        verify(scheduler).unregisterJobRunner(RUNNER);
        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    void theRunnerReconcilesEveryUserAndReportsTheFigures() {
        when(reconciler.reconcileAll()).thenReturn(new ReconcileReport(4, 1200, 7, 2, 3));

        JobRunnerResponse response = jobs.runner().runJob(null);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("4 groups, 1200 users read, 7 joined, 2 left, 3 shares removed", response.getMessage());
    }

    @Test
    void aFailingPassIsReportedToJiraAsFailedNotThrown() {
        when(reconciler.reconcileAll()).thenThrow(new IllegalStateException("database gone"));

        JobRunnerResponse response = jobs.runner().runJob(null);

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertTrue(response.getMessage().contains("database gone"), response.getMessage());
    }

    @Test
    void startingDoesNotReconcileByItself() {
        jobs.onStart();

        verifyNoInteractions(reconciler);
    }
}
