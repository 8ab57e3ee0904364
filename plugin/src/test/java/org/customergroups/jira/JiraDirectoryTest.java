package org.customergroups.jira;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.exception.AddException;
import com.atlassian.jira.exception.PermissionException;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.user.util.UserUtil;
import org.customergroups.domain.AccountType;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.customergroups.service.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraDirectoryTest {

    @Mock UserManager userManager;
    @Mock UserSearchService userSearchService;
    @Mock GroupManager groupManager;
    @Mock GroupPickerSearchService groupPickerSearchService;
    @Mock UserUtil userUtil;
    @Mock CrowdService crowdService;
    @Mock ApplicationRoleManager roles;

    /** What the directory asked Jira's user search for (the platform-api cannot build real parameters). */
    final UserSearchParams params = mock(UserSearchParams.class);
    final List<Integer> requestedMaxResults = new ArrayList<>();

    JiraDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new JiraDirectory(userManager, userSearchService, groupManager, groupPickerSearchService, userUtil,
                crowdService, roles) {
            @Override
            UserSearchParams searchParams(int maxResults) {
                requestedMaxResults.add(maxResults);
                return params;
            }
        };
    }

    ApplicationUser user(String name, boolean licensed) {
        return user(name, "Name " + name, name + "@acme.example", licensed, true);
    }

    ApplicationUser user(String name, String displayName, String email, boolean licensed, boolean active) {
        ApplicationUser u = mock(ApplicationUser.class);
        lenient().when(u.getKey()).thenReturn("key-" + name);
        lenient().when(u.getUsername()).thenReturn(name);
        lenient().when(u.getDisplayName()).thenReturn(displayName);
        lenient().when(u.getEmailAddress()).thenReturn(email);
        lenient().when(u.isActive()).thenReturn(active);
        lenient().when(roles.hasAnyRole(u)).thenReturn(licensed);
        lenient().when(userManager.getUserByName(name)).thenReturn(u);
        return u;
    }

    Group group(String name) {
        Group g = mock(Group.class);
        lenient().when(g.getName()).thenReturn(name);
        lenient().when(groupManager.getGroup(name)).thenReturn(g);
        return g;
    }

    @Nested
    class Users {

        @Test
        void mapsAUserToASummaryWithItsAccountType() {
            user("alice", "Alice Archer", "alice@acme.example", false, true);
            ApplicationUser agent = user("agent", true);
            when(userManager.getUserByKey("key-agent")).thenReturn(agent);

            assertEquals(Optional.of(new UserSummary("key-alice", "alice", "Alice Archer", "alice@acme.example",
                    AccountType.REPORTER)), directory.userByName("alice"));
            assertEquals(AccountType.STANDARD, directory.userByKey("key-agent").orElseThrow().type());
        }

        @Test
        void unknownOrBlankUsersAreEmpty() {
            assertEquals(Optional.empty(), directory.userByName("nobody"));
            assertEquals(Optional.empty(), directory.userByKey("nokey"));
            assertEquals(Optional.empty(), directory.userByName(" "));
            assertEquals(Optional.empty(), directory.userByKey(null));
            verify(userManager, never()).getUserByName(" ");
        }

        @Test
        void findUsersAsksJiraForABoundedListAndPagesIt() {
            List<ApplicationUser> found = IntStream.range(0, 7).mapToObj(i -> user("u" + i, false)).toList();
            when(userSearchService.findUsers("acme", params)).thenReturn(found);

            Page<UserSummary> page = directory.findUsers("  acme ", null, new PageRequest(5, 3));

            assertEquals(List.of(JiraDirectory.SEARCH_CAP), requestedMaxResults);
            assertEquals(7, page.total());
            assertEquals(5, page.start());
            assertEquals(3, page.limit());
            assertEquals(List.of("u5", "u6"), page.values().stream().map(UserSummary::username).toList());
        }

        @Test
        void findUsersWithANullQuerySearchesEveryoneAndSkipsInactiveUsers() {
            ApplicationUser active = user("bob", false);
            ApplicationUser inactive = user("old", "Old", "old@acme.example", false, false);
            List<ApplicationUser> found = new ArrayList<>();
            found.add(active);
            found.add(null);
            found.add(inactive);
            when(userSearchService.findUsers("", params)).thenReturn(found);

            Page<UserSummary> page = directory.findUsers(null, null, PageRequest.of(null, null));

            assertEquals(1, page.total());
            assertEquals("bob", page.values().get(0).username());
        }

        @Test
        void findUsersByTypeCountsOnlyThatType() {
            List<ApplicationUser> found = List.of(user("a", false), user("b", true), user("c", false),
                    user("d", false));
            when(userSearchService.findUsers("", params)).thenReturn(found);

            Page<UserSummary> reporters = directory.findUsers("", AccountType.REPORTER, new PageRequest(1, 1));
            Page<UserSummary> standard = directory.findUsers("", AccountType.STANDARD, new PageRequest(0, 10));

            assertEquals(3, reporters.total());
            assertEquals(List.of("c"), reporters.values().stream().map(UserSummary::username).toList());
            assertEquals(1, standard.total());
            assertEquals("b", standard.values().get(0).username());
        }

        @Test
        void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
            List<ApplicationUser> found = List.of(user("a", false));
            when(userSearchService.findUsers("", params)).thenReturn(found);

            Page<UserSummary> page = directory.findUsers("", null, new PageRequest(50, 25));

            assertEquals(1, page.total());
            assertTrue(page.values().isEmpty());
        }

        @Test
        void aJiraFailureBecomesAnIllegalStateException() {
            when(userSearchService.findUsers(anyString(), any())).thenThrow(new RuntimeException("index broken"));

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> directory.findUsers("x", null, PageRequest.of(0, 10)));
            assertEquals("index broken", e.getCause().getMessage());
        }
    }

    @Nested
    class Groups {

        @Test
        void groupNameIsJirasSpelling() {
            Group acme = group("Acme");
            when(groupManager.getGroup("acme")).thenReturn(acme);

            assertEquals(Optional.of("Acme"), directory.groupName("acme"));
            assertEquals(Optional.empty(), directory.groupName("missing"));
            assertEquals(Optional.empty(), directory.groupName(""));
        }

        @Test
        void findGroupsFiltersBySubstringSortsByNameAndPages() {
            List<Group> all = List.of(group("zeta-customers"), group("Acme"), group("jira-users"),
                    group("acme-admins"), group("Beta customers"));
            when(groupPickerSearchService.findGroups("")).thenReturn(all);

            Page<String> customers = directory.findGroups(" CUSTOMERS ", new PageRequest(0, 10));
            Page<String> everything = directory.findGroups(null, new PageRequest(1, 2));

            assertEquals(List.of("Beta customers", "zeta-customers"), customers.values());
            assertEquals(2, customers.total());
            assertEquals(5, everything.total());
            assertEquals(List.of("acme-admins", "Beta customers"), everything.values());
        }

        @Test
        void createGroupCallsJiraAndAReadOnlyDirectoryIsAConflict() throws Exception {
            directory.createGroup("New");
            verify(groupManager).createGroup("New");

            when(groupManager.createGroup("Ldap")).thenThrow(new OperationNotPermittedException("read-only"));
            assertProblem(ProblemKind.CONFLICT, JiraCalls.READ_ONLY_DIRECTORY, () -> directory.createGroup("Ldap"));
        }

        @Test
        void deleteGroupRemovesItThroughCrowdAndIgnoresAMissingGroup() throws Exception {
            Group acme = group("Acme");

            directory.deleteGroup("Acme");
            directory.deleteGroup("missing");

            verify(crowdService).removeGroup(acme);
            verify(crowdService).removeGroup(any());
        }

        @Test
        void deleteGroupFailuresAreTranslated() throws Exception {
            Group acme = group("Acme");
            when(crowdService.removeGroup(acme)).thenThrow(new IllegalArgumentException("crowd says no"));

            assertInstanceOf(IllegalStateException.class,
                    assertThrows(RuntimeException.class, () -> directory.deleteGroup("Acme")));
        }
    }

    @Nested
    class Members {

        Group acme;

        @BeforeEach
        void members() {
            acme = group("Acme");
            List<ApplicationUser> direct = List.of(
                    user("carol", "Carol C", "carol@globex.example", false, true),
                    user("alice", "Alice A", "alice@acme.example", false, true),
                    user("Bob", "Bob B", "bob@acme.example", true, true));
            lenient().when(groupManager.getDirectUsersInGroup(acme)).thenReturn(direct);
        }

        @Test
        void membersAreOrderedByUsernameAndPaged() {
            Page<UserSummary> first = directory.members("Acme", null, new PageRequest(0, 2));
            Page<UserSummary> second = directory.members("Acme", "", new PageRequest(2, 2));

            assertEquals(3, first.total());
            assertEquals(List.of("alice", "Bob"), first.values().stream().map(UserSummary::username).toList());
            assertEquals(List.of("carol"), second.values().stream().map(UserSummary::username).toList());
            assertEquals(AccountType.STANDARD, first.values().get(1).type());
        }

        @Test
        void theQueryMatchesUsernameDisplayNameOrEmailIgnoringCase() {
            assertEquals(List.of("alice", "Bob"), directory.members("Acme", "ACME.example", PageRequest.of(0, 10))
                    .values().stream().map(UserSummary::username).toList());
            assertEquals(List.of("carol"), directory.members("Acme", "carol c", PageRequest.of(0, 10))
                    .values().stream().map(UserSummary::username).toList());
            assertEquals(0, directory.members("Acme", "nobody", PageRequest.of(0, 10)).total());
        }

        @Test
        void membersOfAnUnknownGroupIsNotFound() {
            assertProblem(ProblemKind.NOT_FOUND, JiraDirectory.GROUP_NOT_FOUND,
                    () -> directory.members("missing", null, PageRequest.of(0, 10)));
        }

        @Test
        void memberCountCountsDirectMembers() {
            assertEquals(3, directory.memberCount("Acme"));
            assertEquals(0, directory.memberCount("missing"));
        }

        @Test
        void isMemberAsksJira() {
            ApplicationUser alice = userManager.getUserByName("alice");
            when(groupManager.isUserInGroup(alice, acme)).thenReturn(true);

            assertTrue(directory.isMember("Acme", "alice"));
            assertFalse(directory.isMember("Acme", "nobody"));
            assertFalse(directory.isMember("missing", "alice"));
            assertFalse(directory.isMember("Acme", null));
        }

        @Test
        void addMemberAddsThroughUserUtilAndReportsAnExistingMembership() throws Exception {
            ApplicationUser alice = userManager.getUserByName("alice");
            ApplicationUser bob = userManager.getUserByName("Bob");
            when(groupManager.isUserInGroup(alice, acme)).thenReturn(false);
            when(groupManager.isUserInGroup(bob, acme)).thenReturn(true);

            assertTrue(directory.addMember("Acme", "alice"));
            assertFalse(directory.addMember("Acme", "Bob"));

            verify(userUtil).addUserToGroup(acme, alice);
            verify(userUtil, never()).addUserToGroup(acme, bob);
        }

        @Test
        void removeMemberRemovesThroughUserUtilAndReportsANonMember() throws Exception {
            ApplicationUser alice = userManager.getUserByName("alice");
            ApplicationUser carol = userManager.getUserByName("carol");
            when(groupManager.isUserInGroup(alice, acme)).thenReturn(true);
            when(groupManager.isUserInGroup(carol, acme)).thenReturn(false);

            assertTrue(directory.removeMember("Acme", "alice"));
            assertFalse(directory.removeMember("Acme", "carol"));

            verify(userUtil).removeUserFromGroup(acme, alice);
            verify(userUtil, never()).removeUserFromGroup(acme, carol);
        }

        @Test
        void unknownUsersAndGroupsAreNotFound() {
            assertProblem(ProblemKind.NOT_FOUND, JiraDirectory.USER_NOT_FOUND,
                    () -> directory.addMember("Acme", "nobody"));
            assertProblem(ProblemKind.NOT_FOUND, JiraDirectory.GROUP_NOT_FOUND,
                    () -> directory.removeMember("missing", "alice"));
            assertProblem(ProblemKind.NOT_FOUND, JiraDirectory.USER_NOT_FOUND,
                    () -> directory.removeMember("Acme", null));
        }

        @Test
        void jiraRefusalsAndFailuresAreTranslated() throws Exception {
            ApplicationUser alice = userManager.getUserByName("alice");
            ApplicationUser carol = userManager.getUserByName("carol");
            when(groupManager.isUserInGroup(alice, acme)).thenReturn(false);
            when(groupManager.isUserInGroup(carol, acme)).thenReturn(false);
            doThrow(new PermissionException("read-only directory")).when(userUtil).addUserToGroup(acme, alice);
            doThrow(new AddException("database down")).when(userUtil).addUserToGroup(acme, carol);

            assertProblem(ProblemKind.CONFLICT, JiraCalls.READ_ONLY_DIRECTORY,
                    () -> directory.addMember("Acme", "alice"));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> directory.addMember("Acme", "carol"));
            assertInstanceOf(AddException.class, e.getCause());
        }
    }

    @Nested
    class StandardAccess {

        @Test
        void addsTheUserToTheDefaultGroupsOfTheDefaultApplications() throws Exception {
            ApplicationUser alice = user("alice", false);
            ApplicationKey software = mock(ApplicationKey.class);
            ApplicationKey core = mock(ApplicationKey.class);
            Group softwareUsers = group("jira-software-users");
            Group coreUsers = group("jira-core-users");
            when(roles.getDefaultApplicationKeys()).thenReturn(new LinkedHashSet<>(List.of(software, core)));
            when(roles.getDefaultGroups(software)).thenReturn(Set.of(softwareUsers));
            when(roles.getDefaultGroups(core)).thenReturn(Set.of(coreUsers, softwareUsers));
            when(groupManager.isUserInGroup(alice, softwareUsers)).thenReturn(false);
            when(groupManager.isUserInGroup(alice, coreUsers)).thenReturn(true);

            directory.grantStandardAccess("alice");

            verify(userUtil).addUserToGroup(softwareUsers, alice);
            verify(userUtil, never()).addUserToGroup(coreUsers, alice);
        }

        @Test
        void withoutADefaultApplicationItIsAConflict() {
            user("alice", false);
            when(roles.getDefaultApplicationKeys()).thenReturn(Set.of());

            assertProblem(ProblemKind.CONFLICT, JiraDirectory.NO_DEFAULT_GROUP,
                    () -> directory.grantStandardAccess("alice"));
        }

        @Test
        void anUnknownUserIsNotFound() {
            DomainException e = assertProblem(ProblemKind.NOT_FOUND, JiraDirectory.USER_NOT_FOUND,
                    () -> directory.grantStandardAccess("ghost"));
            assertEquals(List.of("ghost"), e.arguments());
        }
    }
}
