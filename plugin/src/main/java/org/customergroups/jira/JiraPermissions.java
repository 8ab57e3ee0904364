package org.customergroups.jira;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.customergroups.port.Permissions;

/**
 * Jira's permission facts about a user, looked up by user key. An unknown user or project has no permission.
 * <ul>
 *   <li>Jira admin: global permission {@code ADMINISTER} ("Jira Administrators"; system admins have it too).</li>
 *   <li>Licensed: active and in at least one application role ({@code ApplicationRoleManager.hasAnyRole}, which
 *       ignores {@code isActive}).</li>
 *   <li>Project admin: {@code ADMINISTER_PROJECTS} on the project; agent: {@code EDIT_ISSUES} on the project.</li>
 *   <li>Issue checks ask about the issue itself ({@code EDIT_ISSUES}, {@code BROWSE_PROJECTS}), so issue security
 *       and grants to the Customer Groups field apply.</li>
 * </ul>
 * The permission keys are read through package-private methods so that unit tests, where the platform-api
 * constants are all {@code null}, can tell them apart.
 */
public class JiraPermissions implements Permissions {

    private final UserManager userManager;
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final ApplicationRoleManager applicationRoleManager;
    private final IssueManager issueManager;

    public JiraPermissions(UserManager userManager, ProjectManager projectManager, PermissionManager permissionManager,
                           GlobalPermissionManager globalPermissionManager,
                           ApplicationRoleManager applicationRoleManager, IssueManager issueManager) {
        this.userManager = userManager;
        this.projectManager = projectManager;
        this.permissionManager = permissionManager;
        this.globalPermissionManager = globalPermissionManager;
        this.applicationRoleManager = applicationRoleManager;
        this.issueManager = issueManager;
    }

    @Override
    public boolean isJiraAdmin(String userKey) {
        ApplicationUser user = user(userKey);
        return user != null && JiraCalls.call("check a global permission",
                () -> globalPermissionManager.hasPermission(administer(), user));
    }

    @Override
    public boolean isLicensed(String userKey) {
        ApplicationUser user = user(userKey);
        return user != null && user.isActive()
                && JiraCalls.call("read application access", () -> applicationRoleManager.hasAnyRole(user));
    }

    @Override
    public boolean isProjectAdmin(String userKey, long projectId) {
        return hasProjectPermission(administerProjects(), userKey, projectId);
    }

    @Override
    public boolean isAgent(String userKey, long projectId) {
        return hasProjectPermission(editIssues(), userKey, projectId);
    }

    @Override
    public boolean canEditIssue(String userKey, long issueId) {
        return hasIssuePermission(editIssues(), userKey, issueId);
    }

    @Override
    public boolean canBrowseIssue(String userKey, long issueId) {
        return hasIssuePermission(browseProjects(), userKey, issueId);
    }

    GlobalPermissionKey administer() {
        return GlobalPermissionKey.ADMINISTER;
    }

    ProjectPermissionKey administerProjects() {
        return ProjectPermissions.ADMINISTER_PROJECTS;
    }

    ProjectPermissionKey editIssues() {
        return ProjectPermissions.EDIT_ISSUES;
    }

    ProjectPermissionKey browseProjects() {
        return ProjectPermissions.BROWSE_PROJECTS;
    }

    /** Issue-level checks, so issue security levels and the Customer Groups field grant count. */
    private boolean hasIssuePermission(ProjectPermissionKey key, String userKey, long issueId) {
        ApplicationUser user = user(userKey);
        if (user == null) {
            return false;
        }
        Issue issue = JiraCalls.call("look up an issue", () -> issueManager.getIssueObject(issueId));
        return issue != null && JiraCalls.call("check an issue permission",
                () -> permissionManager.hasPermission(key, issue, user));
    }

    private boolean hasProjectPermission(ProjectPermissionKey key, String userKey, long projectId) {
        ApplicationUser user = user(userKey);
        if (user == null) {
            return false;
        }
        Project project = JiraCalls.call("look up a project", () -> projectManager.getProjectObj(projectId));
        return project != null && JiraCalls.call("check a project permission",
                () -> permissionManager.hasPermission(key, project, user));
    }

    private ApplicationUser user(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return null;
        }
        return JiraCalls.call("look up a user by key", () -> userManager.getUserByKey(userKey));
    }
}
