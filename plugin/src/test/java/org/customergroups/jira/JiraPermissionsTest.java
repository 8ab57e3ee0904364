package org.customergroups.jira;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The platform-api constants ({@code ProjectPermissions.*}, {@code GlobalPermissionKey.*}) are all {@code null} in
 * tests, so a stub keyed on them could not tell Administer Projects from Edit Issues. JiraPermissions reads the keys
 * through package-private methods; this test overrides them with distinct mock keys and matches them with
 * {@code same(...)}.
 */
@ExtendWith(MockitoExtension.class)
class JiraPermissionsTest {

    @Mock UserManager userManager;
    @Mock ProjectManager projectManager;
    @Mock PermissionManager permissionManager;
    @Mock GlobalPermissionManager globalPermissionManager;
    @Mock ApplicationRoleManager roles;
    @Mock IssueManager issueManager;

    final GlobalPermissionKey administer = mock(GlobalPermissionKey.class);
    final ProjectPermissionKey administerProjects = mock(ProjectPermissionKey.class);
    final ProjectPermissionKey editIssues = mock(ProjectPermissionKey.class);

    JiraPermissions permissions;
    ApplicationUser lead;
    ApplicationUser agent;
    Project help;

    @BeforeEach
    void setUp() {
        permissions = new JiraPermissions(userManager, projectManager, permissionManager, globalPermissionManager,
                roles, issueManager) {
            @Override
            GlobalPermissionKey administer() {
                return administer;
            }

            @Override
            ProjectPermissionKey administerProjects() {
                return administerProjects;
            }

            @Override
            ProjectPermissionKey editIssues() {
                return editIssues;
            }
        };
        lead = user("lead", true);
        agent = user("agent", true);
        help = mock(Project.class);
        lenient().when(projectManager.getProjectObj(10000L)).thenReturn(help);
    }

    ApplicationUser user(String key, boolean active) {
        ApplicationUser u = mock(ApplicationUser.class);
        lenient().when(u.isActive()).thenReturn(active);
        lenient().when(userManager.getUserByKey(key)).thenReturn(u);
        return u;
    }

    @Test
    void administerProjectsAloneDoesNotMakeAnAgent() {
        assertNotSame(administerProjects, editIssues); // precondition: the stand-in keys can be told apart
        lenient().when(permissionManager.hasPermission(same(administerProjects), same(help), same(agent)))
                .thenReturn(true);

        assertTrue(permissions.isProjectAdmin("agent", 10000L));
        assertFalse(permissions.isAgent("agent", 10000L));
    }

    @Test
    void jiraAdminIsTheAdministerGlobalPermission() {
        when(globalPermissionManager.hasPermission(same(administer), same(lead))).thenReturn(true);

        assertTrue(permissions.isJiraAdmin("lead"));
        assertFalse(permissions.isJiraAdmin("agent"));
        assertFalse(permissions.isJiraAdmin("ghost"));
        assertFalse(permissions.isJiraAdmin(null));
    }

    @Test
    void projectAdminIsAdministerProjectsAndAgentIsEditIssues() {
        // lenient: the calls that match none of these (agent as project admin) must answer false, not fail
        lenient().when(permissionManager.hasPermission(same(administerProjects), same(help), same(lead)))
                .thenReturn(true);
        lenient().when(permissionManager.hasPermission(same(editIssues), same(help), same(lead))).thenReturn(true);
        lenient().when(permissionManager.hasPermission(same(editIssues), same(help), same(agent))).thenReturn(true);

        assertTrue(permissions.isProjectAdmin("lead", 10000L));
        assertFalse(permissions.isProjectAdmin("agent", 10000L));
        assertTrue(permissions.isAgent("agent", 10000L));
        assertTrue(permissions.isAgent("lead", 10000L));
    }

    @Test
    void unknownUsersAndProjectsHaveNoPermission() {
        assertFalse(permissions.isProjectAdmin("ghost", 10000L));
        assertFalse(permissions.isAgent("lead", 404L));
        assertFalse(permissions.isAgent(" ", 10000L));
        verify(permissionManager, never()).hasPermission(any(ProjectPermissionKey.class), any(Project.class),
                any(ApplicationUser.class));
    }

    @Test
    void licensedMeansActiveWithAnApplicationRole() {
        ApplicationUser former = user("former", false);
        ApplicationUser reporter = user("alice", true);
        when(roles.hasAnyRole(agent)).thenReturn(true);
        lenient().when(roles.hasAnyRole(former)).thenReturn(true);
        when(roles.hasAnyRole(reporter)).thenReturn(false);

        assertTrue(permissions.isLicensed("agent"));
        assertFalse(permissions.isLicensed("former"));
        assertFalse(permissions.isLicensed("alice"));
        assertFalse(permissions.isLicensed("ghost"));
    }

    @Test
    void jiraFailuresBecomeIllegalState() {
        when(globalPermissionManager.hasPermission(any(), any())).thenThrow(new RuntimeException("boom"));

        assertThrows(IllegalStateException.class, () -> permissions.isJiraAdmin("lead"));
    }

    @Test
    void theProductionKeysAreJirasConstants() {
        JiraPermissions real = new JiraPermissions(userManager, projectManager, permissionManager,
                globalPermissionManager, roles, issueManager);
        // null here (platform-api declarations), Jira's objects at runtime: what matters is that each method reads
        // a constant rather than calling Jira.
        real.administer();
        real.administerProjects();
        real.editIssues();
        verifyNoInteractions(globalPermissionManager, permissionManager);
    }
}
