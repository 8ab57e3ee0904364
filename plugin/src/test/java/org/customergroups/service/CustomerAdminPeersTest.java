package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Privacy between customers: an unlicensed customer admin sees Customer Admins (they belong to it) but only its
 * members of their own accounts, in the member list and in the group's member count.
 */
class CustomerAdminPeersTest {

    private ServiceFixture f;
    private long admins;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        f.defaultGroups.ensure();
        admins = f.groupStore.findByName(DefaultGroup.CUSTOMER_ADMINS.groupName()).orElseThrow().id();
        // Globex's admins sort around Acme's, so paging over the filtered list is tested, not over the raw one.
        f.host.directory.addUser("aaron", "Aaron Globex", "aaron@globex.example", AccountType.REPORTER);
        f.host.directory.addUser("zed", "Zed Acme", "zed@acme.example", AccountType.REPORTER);
        long acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        long globex = f.groups.create(ADMIN, "Globex", null, "HELP").group().id();
        f.members.add(ADMIN, acme, List.of("alice", "bob", "zed"));
        f.members.add(ADMIN, globex, List.of("aaron", "carol"));
        // Everybody shares the default groups: they do not make two users the same account.
        f.host.directory.addMember("Customers", "alice");
        f.host.directory.addMember("Customers", "carol");
        f.members.add(ADMIN, admins, List.of("aaron", "alice", "bob", "carol", "staff", "zed"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static List<String> names(Page<UserSummary> page) {
        return page.values().stream().map(UserSummary::username).toList();
    }

    @Test
    void anUnlicensedCustomerAdminListsOnlyTheAdminsOfTheirOwnAccounts() {
        Page<UserSummary> all = f.members.members(ALICE, admins, null, new PageRequest(0, 10));
        assertEquals(List.of("alice", "bob", "zed"), names(all));
        assertEquals(3, all.total());

        Page<UserSummary> second = f.members.members(ALICE, admins, null, new PageRequest(1, 1));
        assertEquals(List.of("bob"), names(second));
        assertEquals(3, second.total());
        assertEquals(List.of(), names(f.members.members(ALICE, admins, null, new PageRequest(3, 10))));

        // The query narrows the filtered list: Globex's aaron and carol match "b" (globex) but are not listed.
        Page<UserSummary> b = f.members.members(ALICE, admins, "b", new PageRequest(0, 10));
        assertEquals(List.of("bob"), names(b));
        assertEquals(1, b.total());

        // A Globex admin sees Globex's.
        assertEquals(List.of("aaron", "carol"),
                names(f.members.members("key-carol", admins, null, new PageRequest(0, 10))));
    }

    @Test
    void theMemberCountDoesNotRevealOtherCustomersAdmins() {
        assertEquals(3, f.groups.get(ALICE, admins).memberCount());
        assertEquals(3, f.groups.search(ALICE, null, new PageRequest(0, 10)).values().stream()
                .filter(g -> g.group().id() == admins).findFirst().orElseThrow().memberCount());
        assertEquals(3, f.groups.findByNames(ALICE, List.of("Customer Admins")).values().get(0).memberCount());
        assertEquals(6, f.groups.get(ADMIN, admins).memberCount());
    }

    @Test
    void aCustomerAdminOfNoAccountSeesOnlyThemselves() {
        f.host.directory.addUser("solo", "Solo Reporter", "solo@example.org", AccountType.REPORTER);
        f.members.add(ADMIN, admins, List.of("solo"));

        assertEquals(List.of("solo"), names(f.members.members("key-solo", admins, null, new PageRequest(0, 10))));
        assertEquals(1, f.groups.get("key-solo", admins).memberCount());
    }

    @Test
    void jiraAdminsAndLicensedUsersListEveryMember() {
        List<String> everyone = List.of("aaron", "alice", "bob", "carol", "staff", "zed");
        assertEquals(everyone, names(f.members.members(ADMIN, admins, null, new PageRequest(0, 10))));
        // A licensed customer admin sees the group through its view policy, as any other group.
        assertEquals(everyone, names(f.members.members(STAFF, admins, null, new PageRequest(0, 10))));
        assertEquals(6, f.groups.get(STAFF, admins).memberCount());
    }
}
