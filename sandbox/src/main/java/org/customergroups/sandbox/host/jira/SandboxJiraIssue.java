package org.customergroups.sandbox.host.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.sandbox.host.HostIssue;

import java.sql.Timestamp;

/**
 * Jira's {@link Issue} for a sandbox ticket, as plugin code receives it from Jira (a field type's
 * {@code getValueFromIssue}, a web panel's context). A custom field's value is asked from the field,
 * which asks its type, as Jira does. The sandbox has no assignee or separate creator: the creator
 * is the reporter.
 */
public final class SandboxJiraIssue implements Issue {

    private final HostIssue issue;
    private final Project project;
    private final ApplicationUser reporter;

    public SandboxJiraIssue(HostIssue issue, Project project, ApplicationUser reporter) {
        this.issue = issue;
        this.project = project;
        this.reporter = reporter;
    }

    @Override
    public Long getId() {
        return issue.id();
    }

    @Override
    public String getKey() {
        return issue.key();
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return customField.getValue(this);
    }

    @Override
    public ApplicationUser getAssignee() {
        return null;
    }

    @Override
    public ApplicationUser getCreator() {
        return reporter;
    }

    @Override
    public ApplicationUser getReporter() {
        return reporter;
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public Long getProjectId() {
        return project.getId();
    }

    @Override
    public String getSummary() {
        return issue.summary();
    }

    @Override
    public String getDescription() {
        return issue.description();
    }

    @Override
    public Timestamp getCreated() {
        return Timestamp.from(issue.created());
    }

    @Override
    public Timestamp getUpdated() {
        return Timestamp.from(issue.updated());
    }

    /** No plugin code that the sandbox hands a Jira issue to reads the status (the portal reads it through Requests). */
    @Override
    public Status getStatus() {
        return null;
    }

    @Override
    public String toString() {
        return issue.key();
    }
}
