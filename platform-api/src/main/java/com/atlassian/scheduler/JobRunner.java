package com.atlassian.scheduler;

/**
 * Declaration of the scheduler's job runner ({@code @PublicSpi} interface): {@code runJob} is called when a job of
 * its key is due; it may return null (same as {@link JobRunnerResponse#success()}) and should report failures with
 * {@link JobRunnerResponse#failed(String)} rather than throw.
 * Unconfirmed for 10.3: checked against the atlassian-scheduler-api 1.6.0 javadoc and decompiled atlassian-scheduler-api classes of a Confluence 8.7 bundle (public code, jira-portal-and-admin-recipes.md fact 24); the scheduler version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html">JobRunner (atlassian-scheduler 2.0.0)</a>
 */
public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
