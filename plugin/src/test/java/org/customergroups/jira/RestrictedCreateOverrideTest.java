package org.customergroups.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.security.plugin.ProjectPermissionOverride.Decision;
import com.atlassian.jira.security.plugin.ProjectPermissionOverride.Reason;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.service.RestrictionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.customergroups.jira.JiraIssuesTest.project;
import static org.customergroups.jira.JiraIssuesTest.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The platform-api permission constants are null in tests, so the override's key is supplied by a subclass. */
@ExtendWith(MockitoExtension.class)
class RestrictedCreateOverrideTest {

    @Mock RestrictionService restrictions;

    final ProjectPermissionKey createIssues = mock(ProjectPermissionKey.class);
    final ProjectPermissionKey editIssues = mock(ProjectPermissionKey.class);
    final Project help = project(10000L, "HELP");
    final ApplicationUser alice = user("JIRAUSER10100", "alice");
    RestrictedCreateOverride override;

    @BeforeEach
    void setUp() {
        override = new RestrictedCreateOverride(restrictions) {
            @Override
            ProjectPermissionKey createIssues() {
                return createIssues;
            }
        };
    }

    @Test
    void createIssuesIsDeniedToAUserThePluginWouldRefuse() {
        when(restrictions.mayCreate("JIRAUSER10100", 10000L)).thenReturn(false);
        assertEquals(Decision.DENY, override.hasPermission(createIssues, help, alice));
    }

    @Test
    void authorizedReportersAgentsAndOpenProjectsAreLeftToThePermissionScheme() {
        when(restrictions.mayCreate("JIRAUSER10100", 10000L)).thenReturn(true);
        assertEquals(Decision.ABSTAIN, override.hasPermission(createIssues, help, alice));
    }

    @Test
    void anonymousUsersAreAskedAboutWithANullKey() {
        when(restrictions.mayCreate(null, 10000L)).thenReturn(false);
        assertEquals(Decision.DENY, override.hasPermission(createIssues, help, null));
    }

    @Test
    void everyOtherPermissionIsLeftAloneWithoutAskingTheStore() {
        assertEquals(Decision.ABSTAIN, override.hasPermission(editIssues, help, alice));
        assertEquals(Decision.ABSTAIN, override.hasPermission(null, help, alice));
        verify(restrictions, never()).mayCreate(any(), anyLong());
    }

    @Test
    void theProjectLeadIsLeftToThePermissionSchemeBecausePortalRequestsAreCreatedAsTheLead() {
        when(help.getLeadUserKey()).thenReturn("JIRAUSER10100");
        assertEquals(Decision.ABSTAIN, override.hasPermission(createIssues, help, alice));
        verify(restrictions, never()).mayCreate(any(), anyLong());
    }

    @Test
    void aFaultAbstains() {
        when(restrictions.mayCreate("JIRAUSER10100", 10000L)).thenThrow(new IllegalStateException("db down"));
        assertEquals(Decision.ABSTAIN, override.hasPermission(createIssues, help, alice));
    }

    @Test
    void theReasonNamesThePluginsMessages() {
        Reason reason = override.getReason(createIssues, help, alice);
        assertEquals(RestrictedCreateOverride.SUMMARY, reason.getSummary());
        assertEquals(RestrictedCreateOverride.DETAILS, reason.getDetails());
    }
}
