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
import org.customergroups.service.AuditService;
import org.customergroups.service.DigestService;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class NotificationJobsTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final JobId DIGEST = JobId.of("org.customergroups.digest");
    static final JobId RETENTION = JobId.of("org.customergroups.audit-retention");

    @Mock SchedulerService scheduler;
    @Mock DigestService digests;
    @Mock AuditService audit;

    NotificationJobs jobs;

    @BeforeEach
    void setUp() {
        jobs = new NotificationJobs(scheduler, digests, audit, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The runners registered, by key. */
    Map<String, JobRunner> registered() {
        ArgumentCaptor<JobRunnerKey> keys = ArgumentCaptor.forClass(JobRunnerKey.class);
        ArgumentCaptor<JobRunner> runners = ArgumentCaptor.forClass(JobRunner.class);
        verify(scheduler, times(2)).registerJobRunner(keys.capture(), runners.capture());
        Map<String, JobRunner> out = new HashMap<>();
        for (int i = 0; i < keys.getAllValues().size(); i++) {
            out.put(keys.getAllValues().get(i).toString(), runners.getAllValues().get(i));
        }
        return out;
    }

    static JobDetails existing(RunMode mode, long intervalMillis) {
        JobDetails details = mock(JobDetails.class);
        lenient().when(details.getRunMode()).thenReturn(mode);
        lenient().when(details.getSchedule()).thenReturn(Schedule.forInterval(intervalMillis, new Date(0)));
        return details;
    }

    @Test
    void onStartRegistersBothRunnersAndSchedulesEachOnceADayOncePerCluster() throws Exception {
        jobs.onStart();

        assertEquals(Set.of("org.customergroups.digest", "org.customergroups.audit-retention"), registered().keySet());
        ArgumentCaptor<JobConfig> configs = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(DIGEST), configs.capture());
        verify(scheduler).scheduleJob(eq(RETENTION), configs.capture());
        verify(scheduler, times(2)).scheduleJob(any(), any());

        List<JobConfig> scheduled = configs.getAllValues();
        assertEquals(JobRunnerKey.of("org.customergroups.digest"), scheduled.get(0).getJobRunnerKey());
        assertEquals(JobRunnerKey.of("org.customergroups.audit-retention"), scheduled.get(1).getJobRunnerKey());
        for (JobConfig config : scheduled) {
            assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getRunMode());
            assertEquals(Schedule.Type.INTERVAL, config.getSchedule().getType());
            assertEquals(Duration.ofDays(1).toMillis(), config.getSchedule().getIntervalScheduleInfo().getIntervalInMillis());
            assertEquals(Date.from(NOW.plus(Duration.ofMinutes(5))),
                    config.getSchedule().getIntervalScheduleInfo().getFirstRunTime(), "first run soon after start");
        }
    }

    @Test
    void aJobAlreadyScheduledDailyOncePerClusterKeepsItsSchedule() throws Exception {
        // Another node, or an earlier start, scheduled it: rescheduling would push its next run back.
        JobDetails daily = existing(RunMode.RUN_ONCE_PER_CLUSTER, Duration.ofDays(1).toMillis());
        when(scheduler.getJobDetails(DIGEST)).thenReturn(daily);
        when(scheduler.getJobDetails(RETENTION)).thenReturn(daily);

        jobs.onStart();
        jobs.onStart();

        verify(scheduler, never()).scheduleJob(any(), any());
        verify(scheduler, times(4)).registerJobRunner(any(), any());
    }

    @Test
    void aJobWithOtherSettingsIsReplaced() throws Exception {
        JobDetails hourly = existing(RunMode.RUN_ONCE_PER_CLUSTER, Duration.ofHours(1).toMillis());
        JobDetails local = existing(RunMode.RUN_LOCALLY, Duration.ofDays(1).toMillis());
        when(scheduler.getJobDetails(DIGEST)).thenReturn(hourly);
        when(scheduler.getJobDetails(RETENTION)).thenReturn(local);

        jobs.onStart();

        verify(scheduler).scheduleJob(eq(DIGEST), any());
        verify(scheduler).scheduleJob(eq(RETENTION), any());
    }

    @Test
    void onStopUnregistersBothRunnersAndLeavesTheSchedules() {
        jobs.onStop();

        verify(scheduler).unregisterJobRunner(JobRunnerKey.of("org.customergroups.digest"));
        verify(scheduler).unregisterJobRunner(JobRunnerKey.of("org.customergroups.audit-retention"));
        verify(scheduler, never()).registerJobRunner(any(), any());
    }

    @Test
    void aSchedulerFailureDoesNotStopTheOtherJobNorReachSal() throws Exception {
        doThrow(new SchedulerServiceException("db down")).when(scheduler).scheduleJob(eq(DIGEST), any());
        doThrow(new IllegalStateException("gone")).when(scheduler).unregisterJobRunner(JobRunnerKey.of("org.customergroups.digest"));

        assertDoesNotThrow(jobs::onStart);
        assertDoesNotThrow(jobs::onStop);

        verify(scheduler).scheduleJob(eq(RETENTION), any());
        verify(scheduler).unregisterJobRunner(JobRunnerKey.of("org.customergroups.audit-retention"));
    }

    @Test
    void theDigestRunnerSendsTheDigestsAndReportsSuccess() {
        when(digests.sendDigests()).thenReturn(3);
        jobs.onStart();

        JobRunnerResponse response = registered().get("org.customergroups.digest").runJob(null);

        verify(digests).sendDigests();
        verifyNoInteractions(audit);
        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("3 mails sent", response.getMessage());
    }

    @Test
    void theRetentionRunnerPurgesExpiredAuditEntriesAndReportsSuccess() {
        when(audit.purgeExpired()).thenReturn(0);
        jobs.onStart();

        JobRunnerResponse response = registered().get("org.customergroups.audit-retention").runJob(null);

        verify(audit).purgeExpired();
        verifyNoInteractions(digests);
        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("0 audit entries purged", response.getMessage());
    }

    @Test
    void aFailingServiceIsReportedAsFailedWithAMessageNotThrown() {
        when(digests.sendDigests()).thenThrow(new IllegalStateException("mail queue down"));
        when(audit.purgeExpired()).thenThrow(new IllegalStateException("db down"));
        jobs.onStart();
        Map<String, JobRunner> runners = registered();

        JobRunnerResponse digest = runners.get("org.customergroups.digest").runJob(null);
        JobRunnerResponse retention = runners.get("org.customergroups.audit-retention").runJob(null);

        assertEquals(RunOutcome.FAILED, digest.getRunOutcome());
        assertTrue(digest.getMessage().contains("send the daily digests"), digest.getMessage());
        assertTrue(digest.getMessage().contains("mail queue down"), digest.getMessage());
        assertEquals(RunOutcome.FAILED, retention.getRunOutcome());
        assertTrue(retention.getMessage().contains("db down"), retention.getMessage());
    }

    @Test
    void onlyADailyOncePerClusterIntervalScheduleIsCurrent() {
        assertTrue(NotificationJobs.isCurrent(existing(RunMode.RUN_ONCE_PER_CLUSTER, Duration.ofDays(1).toMillis())));
        assertFalse(NotificationJobs.isCurrent(null));
        assertFalse(NotificationJobs.isCurrent(existing(RunMode.RUN_ONCE_PER_CLUSTER, 0L)));
        assertFalse(NotificationJobs.isCurrent(existing(RunMode.RUN_LOCALLY, Duration.ofDays(1).toMillis())));
        assertFalse(NotificationJobs.isCurrent(mock(JobDetails.class)), "no run mode, no schedule");
    }
}
