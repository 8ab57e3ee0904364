package com.atlassian.scheduler;

/**
 * Declaration of the scheduler's run request ({@code @PublicApi} interface). No members: the plugin's runners need
 * nothing from the request (in the API it has getStartTime, getJobId, getJobConfig, isCancellationRequested).
 * Unconfirmed for 10.3: checked against the atlassian-scheduler-api 1.6.0 javadoc and decompiled atlassian-scheduler-api classes of a Confluence 8.7 bundle (public code, jira-portal-and-admin-recipes.md fact 24); the scheduler version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/package-summary.html">com.atlassian.scheduler (atlassian-scheduler-api 1.6.0)</a>
 */
public interface JobRunnerRequest {
}
