package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;

/**
 * Declaration of Jira's issue type scheme manager (interface): the project's default issue type (null when the
 * scheme has none) and its issue types. Checked by usage in public plugin code. Unconfirmed for 10.3: no javadoc
 * page opened.
 */
public interface IssueTypeSchemeManager {

    IssueType getDefaultIssueType(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
