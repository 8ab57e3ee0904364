package com.atlassian.jira.issue;

/**
 * Declaration of Jira's issue input ({@code @PublicApi} interface, built by {@code IssueService.newIssueInputParameters()}).
 * The setters are chainable: the return type {@code IssueInputParameters} is part of each descriptor.
 * Checked against: docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html (interface,
 * {@code @PublicApi}; the method table was cut off in the excerpt read) and usage in public plugin code.
 * Unconfirmed for 10.3: the setters' parameter types ({@code Long} project id, {@code String} issue type id and reporter
 * id - the reporter's username) by usage only.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html">IssueInputParameters (Jira 7.0.8)</a>
 */
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);
}
