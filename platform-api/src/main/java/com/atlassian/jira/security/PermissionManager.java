package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Declaration of Jira's project permission manager ({@code @PublicApi} interface). Only the members the plugin calls.
 * {@code getProjects(ProjectPermissionKey, ApplicationUser)} is in the Jira 7.x javadoc; the two {@code hasPermission}
 * overloads per reference D4 and usage (e.g. {@code hasPermission(ProjectPermissions.ADD_COMMENTS, issue, user)}).
 * Unconfirmed for 10.3: no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html">PermissionManager (Jira 7.x "latest")</a>
 */
public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
