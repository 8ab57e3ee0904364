package org.customergroups.service;

import org.customergroups.domain.AccessPath;
import org.customergroups.domain.AccessPathKind;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.IssueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customer-admin visibility: bob (a customer admin) sees alice's ticket through Acme, a catalog group of the ticket's
 * project both belong to; never through a default group, a group outside the catalog, or without being an admin.
 */
class CustomerAdminsTest {

    private ServiceFixture f;
    private IssueRef help1;
    private long acme;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        f.defaultGroups.ensure();
        acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        f.members.add(ADMIN, acme, List.of("alice", "bob"));
        help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long customerAdminsId() {
        return f.groupStore.findByName(DefaultGroup.CUSTOMER_ADMINS.groupName()).orElseThrow().id();
    }

    @Test
    void onlyMembersOfCustomerAdminsAreCustomerAdmins() {
        assertFalse(f.customerAdmins.isCustomerAdmin("bob"));
        assertTrue(f.customerAdmins.adminPath("bob", help1).isEmpty());

        f.members.add(ADMIN, customerAdminsId(), List.of("bob"));

        assertTrue(f.customerAdmins.isCustomerAdmin("bob"));
        assertTrue(f.customerAdmins.isCustomerAdmin("BOB"));
        assertFalse(f.customerAdmins.isCustomerAdmin("carol"));
        assertFalse(f.customerAdmins.isCustomerAdmin(null));
        assertEquals(acme, f.customerAdmins.adminPath("bob", help1).orElseThrow().id());
    }

    @Test
    void theSharedGroupMustBeInTheProjectsCatalogAndContainBoth() {
        f.members.add(ADMIN, customerAdminsId(), List.of("bob", "carol"));
        // Carol is in no group with alice.
        assertTrue(f.customerAdmins.adminPath("carol", help1).isEmpty());
        // A ticket of another project whose catalog does not hold Acme.
        IssueRef sales1 = f.host.issue(20_002, "SALES-1", f.host.sales, "alice");
        assertTrue(f.customerAdmins.adminPath("bob", sales1).isEmpty());
        // Default groups never count, even in the catalog: both are in Customer Admins... and now Customers too.
        f.catalog.addExisting(ADMIN, "SALES", List.of(customerAdminsId()));
        f.members.add(ADMIN, customerAdminsId(), List.of("alice"));
        assertTrue(f.customerAdmins.adminPath("bob", sales1).isEmpty());
        // A ticket without a reporter.
        assertTrue(f.customerAdmins.adminPath("bob", f.host.issue(20_003, "HELP-3", f.host.help, null)).isEmpty());
    }

    @Test
    void adminsOfAnIssueAreTheCustomerAdminsWhoShareACatalogGroupWithTheReporter() {
        assertEquals(List.of(), f.customerAdmins.adminsOf(help1), "Customer Admins is empty");
        f.members.add(ADMIN, customerAdminsId(), List.of("bob", "carol"));
        assertEquals(List.of("bob"), usernames(f.customerAdmins.adminsOf(help1)), "carol shares no group with alice");

        // Carol joins Initech with alice; Initech is in no catalog of HELP yet.
        long initech = f.groups.create(ADMIN, "Initech", null, null).group().id();
        f.members.add(ADMIN, initech, List.of("alice", "carol"));
        assertEquals(List.of("bob"), usernames(f.customerAdmins.adminsOf(help1)));
        f.catalog.addExisting(ADMIN, "HELP", List.of(initech));
        assertEquals(List.of("bob", "carol"), usernames(f.customerAdmins.adminsOf(help1)), "by username");
        assertEquals(f.customerAdmins.adminsOf(help1).stream().map(u -> u.username()).toList().stream()
                        .filter(u -> f.customerAdmins.adminPath(u, help1).isPresent()).toList(),
                usernames(f.customerAdmins.adminsOf(help1)), "the field lists exactly whom the portal lets in");

        // Other project, no reporter, default groups in the catalog: nobody.
        assertEquals(List.of(), f.customerAdmins.adminsOf(f.host.issue(20_002, "SALES-1", f.host.sales, "alice")));
        assertEquals(List.of(), f.customerAdmins.adminsOf(f.host.issue(20_003, "HELP-3", f.host.help, null)));
        f.catalog.addExisting(ADMIN, "SALES", List.of(customerAdminsId()));
        f.members.add(ADMIN, customerAdminsId(), List.of("alice"));
        assertEquals(List.of(), f.customerAdmins.adminsOf(f.host.issue(20_004, "SALES-2", f.host.sales, "bob")),
                "sharing only Customer Admins with the reporter counts for nothing");
    }

    @Test
    void adminsOfPagesThroughManyCustomerAdmins() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String name = String.format("admin%03d", i);
            f.host.directory.addUser(name, name, name + "@acme.example", org.customergroups.domain.AccountType.REPORTER);
            many.add(name);
        }
        for (String name : many) {
            f.host.directory.addMember(DefaultGroup.CUSTOMER_ADMINS.groupName(), name);
        }
        for (String name : many.subList(0, 120)) {
            f.host.directory.addMember("Acme", name);
        }
        List<String> admins = usernames(f.customerAdmins.adminsOf(help1));
        assertEquals(many.subList(0, 120), admins, "every page of Customer Admins is read, only Acme's members kept");
    }

    private static List<String> usernames(List<org.customergroups.domain.UserSummary> users) {
        return users.stream().map(org.customergroups.domain.UserSummary::username).toList();
    }

    @Test
    void theAccessExplainerNamesTheCustomerAdminPath() {
        f.members.add(ADMIN, customerAdminsId(), List.of("bob"));

        AccessExplanation why = f.explainer.explain(AGENT, "HELP-1", "bob");

        assertTrue(why.canSee());
        assertEquals(List.of(AccessPath.customerAdmin(acme, "Acme")), why.paths());
        assertEquals(AccessPathKind.CUSTOMER_ADMIN, why.paths().get(0).kind());

        // Alice herself: the reporter, not a customer admin.
        assertEquals(List.of(AccessPathKind.REPORTER),
                f.explainer.explain(AGENT, "HELP-1", "alice").paths().stream().map(AccessPath::kind).toList());
    }
}
