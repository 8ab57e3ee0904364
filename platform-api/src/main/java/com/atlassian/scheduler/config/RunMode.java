package com.atlassian.scheduler.config;

/**
 * Declaration of the scheduler's run mode ({@code @PublicApi} enum): {@code RUN_ONCE_PER_CLUSTER} (one node runs each
 * firing; the schedule persists) and {@code RUN_LOCALLY}.
 * Unconfirmed for 10.3: checked against the atlassian-scheduler-api 1.6.0 javadoc and decompiled atlassian-scheduler-api classes of a Confluence 8.7 bundle (public code, jira-portal-and-admin-recipes.md fact 24); the scheduler version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html">RunMode (atlassian-scheduler-api 1.6.0)</a>
 */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
