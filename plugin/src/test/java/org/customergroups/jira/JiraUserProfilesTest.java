package org.customergroups.jira;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.UserPropertyManager;
import com.atlassian.jira.user.util.UserManager;
import com.opensymphony.module.propertyset.PropertySet;
import org.customergroups.domain.AccountType;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.UserProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraUserProfilesTest {

    @Mock UserManager userManager;
    @Mock GroupManager groupManager;
    @Mock UserPropertyManager propertyManager;
    @Mock ApplicationRoleManager roles;

    JiraUserProfiles profiles;

    @BeforeEach
    void setUp() {
        profiles = new JiraUserProfiles(userManager, groupManager, propertyManager, roles);
    }

    ApplicationUser user(String username, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        lenient().when(user.getUsername()).thenReturn(username);
        lenient().when(user.getKey()).thenReturn("JIRAUSER-" + username);
        lenient().when(user.getDisplayName()).thenReturn("Name " + username);
        lenient().when(user.getEmailAddress()).thenReturn(username + "@acme.example");
        lenient().when(user.isActive()).thenReturn(active);
        return user;
    }

    PropertySet properties(ApplicationUser user, Map<String, String> values) {
        PropertySet set = mock(PropertySet.class);
        lenient().when(propertyManager.getPropertySet(user)).thenReturn(set);
        lenient().when(set.getKeys("jira.meta.", PropertySet.STRING)).thenReturn(new ArrayList<>(values.keySet()));
        values.forEach((k, v) -> lenient().when(set.getString(k)).thenReturn(v));
        return set;
    }

    @Test
    void aProfileCarriesDetailsAccountTypeMetaPropertiesWithoutPrefixAndGroups() {
        ApplicationUser alice = user("Alice", true);
        when(userManager.getUserByName("alice")).thenReturn(alice);
        when(roles.hasAnyRole(alice)).thenReturn(false);
        properties(alice, Map.of("jira.meta.tier", "gold", "jira.meta.contractor", "yes"));
        when(groupManager.getGroupNamesForUser(alice)).thenReturn(List.of("Customers", "acme-users"));

        UserProfile profile = profiles.byName("alice").orElseThrow();

        assertEquals("JIRAUSER-Alice", profile.user().key());
        assertEquals("Alice", profile.user().username());
        assertEquals("Alice@acme.example", profile.user().email());
        assertEquals(AccountType.REPORTER, profile.user().type());
        assertEquals(Map.of("tier", "gold", "contractor", "yes"), profile.facts().properties());
        assertEquals(Set.of("customers", "acme-users"), profile.facts().groups());
        assertTrue(profile.isMemberOf("ACME-users"));
    }

    @Test
    void aLicensedUserIsStandardAndAMissingPropertySetMeansNoProperties() {
        ApplicationUser agent = user("agent", true);
        when(userManager.getUserByName("agent")).thenReturn(agent);
        when(roles.hasAnyRole(agent)).thenReturn(true);

        UserProfile profile = profiles.byName("agent").orElseThrow();

        assertEquals(AccountType.STANDARD, profile.user().type());
        assertEquals(Map.of(), profile.facts().properties());
        assertEquals(Set.of(), profile.facts().groups());
    }

    @Test
    void anUnreadablePropertyIsSkippedAndTheOthersKept() {
        ApplicationUser alice = user("alice", true);
        when(userManager.getUserByName("alice")).thenReturn(alice);
        PropertySet set = properties(alice, Map.of("jira.meta.tier", "gold"));
        when(set.getKeys("jira.meta.", PropertySet.STRING)).thenReturn(List.of("jira.meta.tier", "jira.meta.broken"));
        when(set.getString("jira.meta.broken")).thenThrow(new IllegalStateException("wrong type"));

        assertEquals(Map.of("tier", "gold"), profiles.byName("alice").orElseThrow().facts().properties());
    }

    @Test
    void anUnknownOrBlankUserHasNoProfile() {
        assertTrue(profiles.byName("ghost").isEmpty());
        assertTrue(profiles.byName(" ").isEmpty());
        assertTrue(profiles.byName(null).isEmpty());
    }

    @Test
    void pagesAreActiveUsersAfterTheCursorInLowerCaseOrderAtMostLimit() {
        List<ApplicationUser> all = new ArrayList<>();
        for (String name : List.of("dave", "Bob", "carol", "alice", "Eve", "frank")) {
            all.add(user(name, true));
        }
        all.add(user("bea", false));
        all.add(null);
        Collections.shuffle(all, new java.util.Random(7));
        when(userManager.getAllApplicationUsers()).thenReturn(all);

        assertEquals(List.of("alice", "Bob", "carol"), names(profiles.page(null, 3)));
        assertEquals(List.of("dave", "Eve", "frank"), names(profiles.page("CAROL", 3)));
        assertEquals(List.of("frank"), names(profiles.page("eve", 3)));
        assertEquals(List.of(), names(profiles.page("frank", 3)));
    }

    @Test
    void onlyTheUsersOfThePageAreTurnedIntoProfiles() {
        List<ApplicationUser> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            all.add(user(String.format("user%03d", i), true));
        }
        when(userManager.getAllApplicationUsers()).thenReturn(all);

        List<UserProfile> page = profiles.page("user009", 5);

        assertEquals(List.of("user010", "user011", "user012", "user013", "user014"), names(page));
        verify(groupManager, times(5)).getGroupNamesForUser(any());
        verify(propertyManager, times(5)).getPropertySet(any());
    }

    @Test
    void theLimitIsOneToOneThousand() {
        assertThrows(IllegalArgumentException.class, () -> profiles.page(null, 0));
        assertThrows(IllegalArgumentException.class, () -> profiles.page(null, 1001));
    }

    @Test
    void setPropertyStoresTheMetaEntryAndNullRemovesIt() {
        ApplicationUser alice = user("alice", true);
        when(userManager.getUserByName("alice")).thenReturn(alice);
        PropertySet set = mock(PropertySet.class);
        when(propertyManager.getPropertySet(alice)).thenReturn(set);
        when(set.exists("jira.meta.customergroups.verified.email")).thenReturn(true);
        when(set.exists("jira.meta.absent")).thenReturn(false);

        profiles.setProperty("alice", "customergroups.verified.email", "alice@acme.example");
        profiles.setProperty("alice", "customergroups.verified.email", null);
        profiles.setProperty("alice", "absent", null);

        verify(set).setString("jira.meta.customergroups.verified.email", "alice@acme.example");
        verify(set).remove("jira.meta.customergroups.verified.email");
        verify(set, never()).remove("jira.meta.absent");
    }

    @Test
    void setPropertyOfAnUnknownUserIsNotFound() {
        DomainException e = assertThrows(DomainException.class, () -> profiles.setProperty("ghost", "tier", "gold"));
        assertEquals(JiraDirectory.USER_NOT_FOUND, e.messageKey());
        verify(propertyManager, never()).getPropertySet(any());
    }

    @Test
    void aJiraFailureIsAServerErrorNotAJiraException() {
        when(userManager.getUserByName(anyString())).thenThrow(new RuntimeException("cache down"));

        assertThrows(IllegalStateException.class, () -> profiles.byName("alice"));
    }

    private static List<String> names(List<UserProfile> page) {
        return page.stream().map(p -> p.user().username()).toList();
    }
}
