package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;

/**
 * Declaration of Jira's issue ({@code @PublicApi} interface; in Jira it extends OfBizValueWrapper, IssueContext,
 * WithId, WithKey - the inherited getters used here are declared directly, which links the same way).
 * Checked against the Jira 7.x javadoc: {@code ApplicationUser getAssignee()/getCreator()}, {@code Timestamp getCreated()},
 * {@code String getDescription()}, {@code Object getCustomFieldValue(CustomField)}.
 * Unconfirmed for 10.3: {@code getReporter()} ({@code ApplicationUser}, by usage), {@code getSummary()},
 * {@code Long getProjectId()}, {@code Timestamp getUpdated()} and {@code getProjectObject()} were below the javadoc
 * excerpt read. {@code Status getStatus()} (Jira 7+; replaced {@code getStatusObject()}) by usage in Jira 8-10 plugin code (U).
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html">Issue (Jira 7.x "latest")</a>
 */
public interface Issue {

    Long getId();

    String getKey();

    Object getCustomFieldValue(CustomField customField);

    ApplicationUser getAssignee();

    ApplicationUser getCreator();

    ApplicationUser getReporter();

    Project getProjectObject();

    Long getProjectId();

    String getSummary();

    String getDescription();

    Timestamp getCreated();

    Timestamp getUpdated();

    Status getStatus();
}
