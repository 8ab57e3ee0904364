package com.atlassian.jira.issue.issuetype;

/**
 * Declaration of Jira's issue type (interface; {@code getId()} inherited from IssueConstant in Jira, declared here).
 * Checked by usage. Unconfirmed for 10.3: no javadoc page opened.
 */
public interface IssueType {

    String getId();

    boolean isSubTask();
}
