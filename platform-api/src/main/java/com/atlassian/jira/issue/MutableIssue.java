package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration of Jira's mutable issue (interface extending {@link Issue}); {@code IssueManager.getIssueObject(..)}
 * returns it. Setters only change the in-memory object; persisting needs {@code IssueManager.updateIssue} (not declared).
 * Unconfirmed for 10.3: the {@code void} return of all four setters was not seen in javadoc
 * ({@code setCustomFieldValue} by usage, jira-api-facts.md §1a).
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html">Issue (Jira 7.x "latest")</a>
 */
public interface MutableIssue extends Issue {

    void setCustomFieldValue(CustomField customField, Object value);

    void setReporter(ApplicationUser reporter);

    void setSummary(String summary);

    void setDescription(String description);
}
