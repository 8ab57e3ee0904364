package org.customergroups.domain;

/**
 * A Jira issue as the plugin refers to it. The reporter is given both ways because shares store the
 * stable key while group membership is asked by username; both are null when the issue has no reporter.
 */
public record IssueRef(long id, String key, long projectId, String projectKey, String reporterKey,
                       String reporterUsername) {
}
