package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Declaration of Jira's issue status (interface; in Jira it extends IssueConstant, whose {@code getName()} is declared
 * here directly). Only the two members the plugin calls. Checked by usage in Jira 8-10 plugin code. Unconfirmed for
 * 10.3: no javadoc page opened.
 */
public interface Status {

    String getName();

    StatusCategory getStatusCategory();
}
