package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.customergroups.service.Problems.assertInvalid;
import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.SALES_LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipServiceTest {

    private static final PageRequest FIRST = PageRequest.of(null, null);

    private ServiceFixture f;
    private long acme;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        acme = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void addReportsAddedAndAlreadyMembers() {
        MembershipChange first = f.members.add(LEAD, acme, List.of(" alice ", "ALICE"));
        MembershipChange second = f.members.add(LEAD, acme, List.of("alice", "bob", "agent"));

        assertEquals(List.of("alice"), usernames(first.added()));
        assertEquals(List.of(), first.alreadyMembers());
        assertEquals(List.of("bob", "agent"), usernames(second.added()));
        assertEquals(List.of("alice"), usernames(second.alreadyMembers()));
        assertEquals(Set.of("alice", "bob", "agent"), f.host.directory.membersOf("Acme"));
        assertEquals(3, f.groups.get(AGENT, acme).memberCount());
    }

    @Test
    void unknownUsernamesAddNobody() {
        DomainException e = assertInvalid("usernames", "cg.error.members.user.unknown",
                () -> f.members.add(LEAD, acme, Arrays.asList("alice", "mallory", "", "trent")));
        assertEquals(List.of("mallory, , trent"), e.arguments());
        assertEquals(Set.of(), f.host.directory.membersOf("Acme"));
        assertInvalid("usernames", "cg.error.members.usernames.empty", () -> f.members.add(LEAD, acme, List.of()));
        assertInvalid("usernames", "cg.error.members.usernames.empty", () -> f.members.add(LEAD, acme, null));
        assertInvalid("usernames", "cg.error.members.usernames.too.many",
                () -> f.members.add(LEAD, acme, Collections.nCopies(101, "alice")));
    }

    @Test
    void membersFollowTheUpdatePolicyAndListingTheViewPolicy() {
        f.members.add(LEAD, acme, List.of("alice", "bob", "carol"));

        var page = f.members.members(AGENT, acme, "acme.example", FIRST);
        assertEquals(2, page.total());
        assertEquals(List.of("alice", "bob"), usernames(page.values()));
        assertEquals(List.of("bob"), usernames(f.members.members(ADMIN, acme, " BROWN ", FIRST).values()));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents",
                () -> f.members.members(ALICE, acme, null, FIRST));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.members.add(AGENT, acme, List.of("alice")));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.members.add(SALES_LEAD, acme, List.of("alice")));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.project.admins",
                () -> f.members.remove(ALICE, acme, "alice"));

        f.groups.update(ADMIN, acme, new GroupChanges(null, null, null, null, UpdatePolicy.JIRA_ADMINS));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.update.forbidden.jira.admins",
                () -> f.members.add(LEAD, acme, List.of("alice")));
        assertEquals(List.of("sales"), usernames(f.members.add(ADMIN, acme, List.of("sales")).added()));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found", () -> f.members.add(ADMIN, 999, List.of("a")));
    }

    @Test
    void removeIsIdempotentButNeedsAnExistingUser() {
        f.members.add(LEAD, acme, List.of("alice", "bob"));

        f.members.remove(LEAD, acme, "alice");
        f.members.remove(LEAD, acme, "alice");

        assertEquals(Set.of("bob"), f.host.directory.membersOf("Acme"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.user.not.found", () -> f.members.remove(LEAD, acme, "mallory"));
    }

    @Test
    void dynamicGroupsRefuseManualEdits() {
        CustomerGroup dynamic = f.groupStore.create("Acme staff", GroupKind.DYNAMIC, "", GroupSettings.defaults(),
                ADMIN, ServiceFixture.NOW);
        f.host.directory.addJiraGroup("Acme staff", "alice");

        assertInvalid(null, "cg.error.group.dynamic.members",
                () -> f.members.add(ADMIN, dynamic.id(), List.of("bob")));
        assertInvalid(null, "cg.error.group.dynamic.members",
                () -> f.members.remove(ADMIN, dynamic.id(), "alice"));
        assertEquals(Set.of("alice"), f.host.directory.membersOf("Acme staff"));
        assertEquals(List.of("alice"), usernames(f.members.members(ADMIN, dynamic.id(), null, FIRST).values()));
    }

    @Test
    void findUsersIsForLicensedCallers() {
        assertEquals(List.of("alice", "bob", "carol"),
                usernames(f.members.findUsers(AGENT, null, AccountType.REPORTER, FIRST).values()));
        assertEquals(List.of("alice", "bob"), usernames(f.members.findUsers(STAFF, "ACME", null, FIRST).values()));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.user.search.forbidden",
                () -> f.members.findUsers(ALICE, null, null, FIRST));
    }

    @Test
    void upgradeGivesStandardAccessOnce() {
        UserSummary upgraded = f.members.upgrade(ADMIN, "alice");

        assertEquals(AccountType.STANDARD, upgraded.type());
        assertEquals("key-alice", upgraded.key());
        assertEquals(AccountType.STANDARD, f.host.directory.userByName("alice").orElseThrow().type());
        assertProblem(ProblemKind.CONFLICT, "cg.error.user.already.standard", () -> f.members.upgrade(ADMIN, "alice"));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.user.not.found", () -> f.members.upgrade(ADMIN, "mallory"));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.user.upgrade.forbidden", () -> f.members.upgrade(LEAD, "bob"));
        assertTrue(f.host.directory.userByName("bob").orElseThrow().type() == AccountType.REPORTER);
    }

    private static List<String> usernames(List<UserSummary> users) {
        return users.stream().map(UserSummary::username).toList();
    }
}
