package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.status.JobDetails;

/**
 * Declaration of the Atlassian scheduler ({@code @PublicApi} interface). Only the members the plugin calls: register
 * and unregister a {@link JobRunner} under a key (plugins register on start and unregister when disabled; a
 * {@code RUN_ONCE_PER_CLUSTER} schedule persists, the runner must be registered on every node start),
 * {@code scheduleJob} (replaces a job with the same id) and {@code getJobDetails} (null when no such job).
 * Obtained by constructor injection of an OSGi service reference ({@code @ComponentImport SchedulerService} in many
 * Jira plugins; not stated on a Jira page).
 * Unconfirmed for 10.3: checked against the atlassian-scheduler-api 1.6.0 javadoc and decompiled atlassian-scheduler-api classes of a Confluence 8.7 bundle (public code, jira-portal-and-admin-recipes.md fact 24); the scheduler version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html">SchedulerService (atlassian-scheduler-api 1.6.0)</a>
 * @see <a href="https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html">AtlassianSchedulerServiceImpl (Bamboo 10.2.0, Platform 7)</a>
 */
public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    JobDetails getJobDetails(JobId jobId);
}
