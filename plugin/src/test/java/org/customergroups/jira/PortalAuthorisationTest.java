package org.customergroups.jira;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.security.auth.Authorisation.Decision;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.port.CustomerGroupStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import javax.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.customergroups.jira.JiraIssuesTest.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class PortalAuthorisationTest {

    @Mock ApplicationRoleManager roles;
    @Mock GroupManager groupManager;
    @Mock CustomerGroupStore store;
    @Mock HttpServletRequest request;

    PortalAuthorisation authorisation;
    final ApplicationUser reporter = user("JIRAUSER10100", "alice");

    @BeforeEach
    void setUp() {
        authorisation = new PortalAuthorisation(roles, groupManager, store);
        lenient().when(reporter.isActive()).thenReturn(true);
        lenient().when(store.findByName(any())).thenReturn(Optional.empty());
    }

    @Test
    void anActiveUnlicensedMemberOfACustomerGroupMaySignIn() {
        when(groupManager.getGroupNamesForUser(reporter)).thenReturn(List.of("staff", "Acme"));
        when(store.findByName("Acme")).thenReturn(Optional.of(mock(CustomerGroup.class)));

        assertEquals(Decision.GRANTED, authorisation.authoriseForLogin(reporter, request));
    }

    @Test
    void membersOfCustomersMaySignInEvenBeforeThePluginRecordedTheGroup() {
        when(groupManager.getGroupNamesForUser(reporter)).thenReturn(List.of("customers"));

        assertEquals(Decision.GRANTED, authorisation.authoriseForLogin(reporter, request));
    }

    @Test
    void unlicensedUsersOutsideEveryCustomerGroupAreLeftToJira() {
        when(groupManager.getGroupNamesForUser(reporter)).thenReturn(List.of("staff"));

        assertEquals(Decision.ABSTAIN, authorisation.authoriseForLogin(reporter, request));
    }

    @Test
    void licensedAndInactiveUsersAreLeftToJiraWithoutLookingAtGroups() {
        when(roles.hasAnyRole(reporter)).thenReturn(true);
        assertEquals(Decision.ABSTAIN, authorisation.authoriseForLogin(reporter, request));

        ApplicationUser inactive = user("JIRAUSER10200", "bob");
        assertEquals(Decision.ABSTAIN, authorisation.authoriseForLogin(inactive, request));
        verify(groupManager, never()).getGroupNamesForUser(any());
    }

    @Test
    void aFaultWhileDecidingAbstainsInsteadOfOpeningOrBlockingTheLogin() {
        when(groupManager.getGroupNamesForUser(reporter)).thenThrow(new IllegalStateException("directory down"));

        assertEquals(Decision.ABSTAIN, authorisation.authoriseForLogin(reporter, request));
    }

    @Test
    void noRolesAreRequiredAndRoleDecisionsAreLeftToJira() {
        assertEquals(Set.of(), authorisation.getRequiredRoles(request));
        assertEquals(Decision.ABSTAIN, authorisation.authoriseForRole(reporter, request, "admin"));
        assertEquals(Decision.ABSTAIN, authorisation.authoriseForRole(null, request, "use"));
    }
}
