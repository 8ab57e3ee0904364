package com.atlassian.scheduler.status;

/**
 * Declaration of the scheduler's run outcome ({@code @PublicApi} enum): SUCCESS, UNAVAILABLE, ABORTED, FAILED.
 * Unconfirmed for 10.3: checked against the atlassian-scheduler-api 1.6.0 javadoc and decompiled atlassian-scheduler-api classes of a Confluence 8.7 bundle (public code, jira-portal-and-admin-recipes.md fact 24); the scheduler version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/package-summary.html">com.atlassian.scheduler.status (atlassian-scheduler-api 1.6.0)</a>
 */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
