package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.ProjectRestriction;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;
import org.customergroups.port.CustomerGroupStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.customergroups.service.Problems.assertInvalid;
import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DefaultGroups.ensure, the default groups' immutability and list order, and group deletion's restriction cleanup. */
class DefaultGroupsTest {

    private ServiceFixture f;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private CustomerGroup group(DefaultGroup d) {
        return f.groupStore.findByName(d.groupName()).orElseThrow();
    }

    @Test
    void ensureCreatesTheJiraGroupsAndMarksThemOnce() {
        f.defaultGroups.ensure();

        for (DefaultGroup d : DefaultGroup.values()) {
            assertTrue(f.host.directory.hasGroup(d.groupName()), d::groupName);
            CustomerGroup g = group(d);
            assertEquals(GroupKind.DEFAULT, g.kind());
            assertEquals(d, g.defaultGroup().orElseThrow());
            assertNull(g.createdBy());
            assertEquals(ViewPolicy.EVERYONE, g.settings().viewPolicy());
            assertEquals(UpdatePolicy.JIRA_ADMINS, g.settings().updatePolicy());
        }
        List<AuditEntry> trail = f.trail();
        assertEquals(List.of(AuditAction.GROUP_CREATED, AuditAction.GROUP_CREATED, AuditAction.GROUP_CREATED),
                trail.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("Customers", "Customer Admins", "Verified Customers"),
                trail.stream().map(AuditEntry::groupName).toList());
        assertTrue(trail.stream().allMatch(e -> e.actorKey() == null));
        assertEquals(List.of(DefaultGroup.CUSTOMERS, DefaultGroup.CUSTOMER_ADMINS, DefaultGroup.VERIFIED_CUSTOMERS),
                f.defaultGroups.present().stream().map(g -> g.defaultGroup().orElseThrow()).toList());

        // A second start (or another node) changes nothing.
        f.defaultGroups.ensure();
        assertEquals(3, f.trail().size());
        assertEquals(3, f.groupStore.count());
    }

    @Test
    void aNodeThatLosesTheRaceToCreateADefaultGroupLeavesTheOtherNodesOne() {
        // The other node created Customers after this node looked for it and before this node inserted it.
        f.host.directory.createGroup("Customers");
        long theirs = f.groupStore.create("Customers", GroupKind.DEFAULT, "", DefaultGroups.SETTINGS, null,
                ServiceFixture.NOW).id();
        boolean[] lookedOnce = new boolean[1];
        CustomerGroupStore late = (CustomerGroupStore) Proxy.newProxyInstance(CustomerGroupStore.class.getClassLoader(),
                new Class<?>[]{CustomerGroupStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findByName") && "Customers".equals(args[0]) && !lookedOnce[0]) {
                        lookedOnce[0] = true;
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(f.groupStore, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        new DefaultGroups(late, f.host.directory, f.auditTrail, Clock.fixed(ServiceFixture.NOW, ZoneOffset.UTC))
                .ensure();

        assertTrue(lookedOnce[0]);
        assertEquals(theirs, group(DefaultGroup.CUSTOMERS).id());
        assertEquals(3, f.groupStore.count());
        assertEquals(List.of("Customer Admins", "Verified Customers"),
                f.trail().stream().map(AuditEntry::groupName).toList());
    }

    @Test
    void anExistingJiraGroupIsMarkedAndAnExistingCustomerGroupConverted() {
        f.host.directory.addJiraGroup("customers", "alice");
        f.groups.create(ADMIN, "Verified Customers", "Ours", null);
        long verified = f.groupStore.findByName("Verified Customers").orElseThrow().id();
        int before = f.trail().size();

        f.defaultGroups.ensure();

        // The Jira group keeps its spelling and its members.
        CustomerGroup customers = group(DefaultGroup.CUSTOMERS);
        assertEquals("customers", customers.name());
        assertEquals(GroupKind.DEFAULT, customers.kind());
        assertEquals(1, f.host.directory.memberCount("customers"));
        // The customer group keeps its id and description and becomes DEFAULT.
        CustomerGroup converted = group(DefaultGroup.VERIFIED_CUSTOMERS);
        assertEquals(verified, converted.id());
        assertEquals("Ours", converted.description());
        assertEquals(GroupKind.DEFAULT, converted.kind());
        AuditEntry kindChange = f.trailSince(before).stream()
                .filter(e -> e.action() == AuditAction.GROUP_UPDATED).findFirst().orElseThrow();
        assertEquals("kind: STATIC", kindChange.before());
        assertEquals("kind: DEFAULT", kindChange.after());
        assertEquals(verified, kindChange.groupId());
    }

    @Test
    void defaultGroupsCannotBeEditedOrDeletedEvenByJiraAdmins() {
        f.defaultGroups.ensure();
        for (DefaultGroup d : DefaultGroup.values()) {
            long id = group(d).id();
            assertInvalid(null, "cg.error.group.default.immutable",
                    () -> f.groups.update(ADMIN, id, new GroupChanges("x", null, null, null, null)));
            assertInvalid(null, "cg.error.group.default.immutable", () -> f.groups.delete(ADMIN, id, true));
            assertInvalid(null, "cg.error.group.default.immutable", () -> f.groups.delete(ADMIN, id, false));
            assertTrue(f.groupStore.findById(id).isPresent());
            assertTrue(f.host.directory.hasGroup(d.groupName()));
        }
    }

    @Test
    void computedDefaultGroupsRefuseManualMembers() {
        f.defaultGroups.ensure();
        for (DefaultGroup d : List.of(DefaultGroup.CUSTOMERS, DefaultGroup.VERIFIED_CUSTOMERS)) {
            long id = group(d).id();
            assertInvalid(null, "cg.error.group.default.computed", () -> f.members.add(ADMIN, id, List.of("alice")));
            assertInvalid(null, "cg.error.group.default.computed", () -> f.members.remove(ADMIN, id, "alice"));
        }
        assertEquals(0, f.host.directory.memberCount("Customers"));
    }

    @Test
    void customerAdminsAreChangedByJiraAdminsAndCustomerAdminsOnly() {
        f.defaultGroups.ensure();
        long id = group(DefaultGroup.CUSTOMER_ADMINS).id();
        // A project admin (even one using the group) may not.
        f.catalog.addExisting(LEAD, "HELP", List.of(id));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.default.customer.admins.forbidden",
                () -> f.members.add(LEAD, id, List.of("alice")));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.default.customer.admins.forbidden",
                () -> f.members.add("key-alice", id, List.of("alice")));

        f.members.add(ADMIN, id, List.of("alice"));
        // Alice, a reporter account, is now a customer admin: she may add and remove others of her account (Acme),
        // and see the group.
        f.groups.create(ADMIN, "Acme", null, "HELP");
        f.members.add(ADMIN, f.groupStore.findByName("Acme").orElseThrow().id(), List.of("alice", "bob"));
        f.members.add("key-alice", id, List.of("bob"));
        assertEquals(2, f.members.members("key-alice", id, null, new PageRequest(0, 10)).total());
        f.members.remove("key-alice", id, "bob");
        assertEquals(List.of("alice"), List.copyOf(f.host.directory.membersOf("Customer Admins")));
        // Bob, no longer one, may not.
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.default.customer.admins.forbidden",
                () -> f.members.add("key-bob", id, List.of("bob")));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.everyone",
                () -> f.members.members("key-bob", id, null, new PageRequest(0, 10)));
    }

    @Test
    void customerAdminsActWithinTheirOwnCustomerGroupsOnly() {
        f.defaultGroups.ensure();
        long admins = group(DefaultGroup.CUSTOMER_ADMINS).id();
        long acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        long globex = f.groups.create(ADMIN, "Globex", null, "HELP").group().id();
        f.members.add(ADMIN, acme, List.of("alice", "bob"));
        f.members.add(ADMIN, globex, List.of("carol"));
        // Everybody shares the default groups: they do not make two users the same account.
        f.host.directory.addMember("Customers", "alice");
        f.host.directory.addMember("Customers", "carol");
        f.members.add(ADMIN, admins, List.of("alice", "carol"));
        int before = f.trail().size();

        // Acme's customer admin can neither make a Globex user a customer admin nor remove Globex's; all or nothing.
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.default.customer.admins.account",
                () -> f.members.add("key-alice", admins, List.of("bob", "staff")));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.default.customer.admins.account",
                () -> f.members.remove("key-alice", admins, "carol"));
        assertEquals(Set.of("alice", "carol"), f.host.directory.membersOf("Customer Admins"));
        assertEquals(before, f.trail().size());

        // Within Acme she may, and she may remove herself; a Jira admin is not restricted.
        f.members.add("key-alice", admins, List.of("bob"));
        f.members.remove("key-alice", admins, "alice");
        f.members.add(ADMIN, admins, List.of("staff"));
        assertEquals(Set.of("bob", "carol", "staff"), f.host.directory.membersOf("Customer Admins"));
    }

    @Test
    void customerAdminsRefusalNamesEveryUserOutsideTheirGroups() {
        f.defaultGroups.ensure();
        long admins = group(DefaultGroup.CUSTOMER_ADMINS).id();
        long acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        f.members.add(ADMIN, acme, List.of("alice", "bob"));
        f.members.add(ADMIN, admins, List.of("alice"));

        DomainException e = assertThrows(DomainException.class,
                () -> f.members.add("key-alice", admins, List.of("bob", "carol", "staff")));
        assertEquals(ProblemKind.FORBIDDEN, e.kind());
        assertEquals(List.of("carol, staff"), e.arguments());
        assertEquals(List.of("alice"), List.copyOf(f.host.directory.membersOf("Customer Admins")));
    }

    @Test
    void aDynamicGroupWithADefaultGroupsNameKeepsItsDroppedRuleInTheTrail() {
        long id = f.groups.create(ADMIN, "Customers", "Ours", null).group().id();
        f.groupStore.setRule(id, "emailDomain = \"acme.example\"");
        int before = f.trail().size();

        f.defaultGroups.ensure();

        CustomerGroup converted = group(DefaultGroup.CUSTOMERS);
        assertEquals(id, converted.id());
        assertEquals(GroupKind.DEFAULT, converted.kind());
        assertNull(converted.rule());
        AuditEntry kindChange = f.trailSince(before).stream()
                .filter(e -> e.action() == AuditAction.GROUP_UPDATED).findFirst().orElseThrow();
        assertEquals("kind: DYNAMIC; rule: emailDomain = \"acme.example\"", kindChange.before());
        assertEquals("kind: DEFAULT", kindChange.after());
    }

    @Test
    void defaultGroupsAreListedFirstInSearchAndCatalogs() {
        f.groups.create(ADMIN, "Acme", null, "HELP");
        f.groups.create(ADMIN, "Beta", null, "HELP");
        f.groups.create(ADMIN, "Zeta", null, "HELP");
        f.groups.create(ADMIN, "Customer Zoo", null, "HELP");
        f.defaultGroups.ensure();
        f.catalog.addExisting(LEAD, "HELP", List.of(group(DefaultGroup.VERIFIED_CUSTOMERS).id(),
                group(DefaultGroup.CUSTOMERS).id()));

        assertEquals(List.of("Customer Admins", "Customers", "Verified Customers", "Acme", "Beta", "Customer Zoo",
                        "Zeta"),
                f.groups.search(ADMIN, null, new PageRequest(0, 50)).values().stream()
                        .map(d -> d.group().name()).toList());
        // Licensed users see default groups (view policy EVERYONE) first too.
        assertEquals(List.of("Customer Admins", "Customers", "Verified Customers"),
                f.groups.search(STAFF, null, new PageRequest(0, 50)).values().stream()
                        .map(d -> d.group().name()).toList());

        List<String> all = List.of("Customers", "Verified Customers", "Acme", "Beta", "Customer Zoo", "Zeta");
        assertEquals(all, catalogNames(0, 50));
        // Every page of every size is the matching slice of the whole list, with the whole total.
        for (int limit = 1; limit <= 4; limit++) {
            for (int start = 0; start <= all.size(); start++) {
                assertEquals(all.subList(start, Math.min(all.size(), start + limit)), catalogNames(start, limit),
                        "start " + start + " limit " + limit);
                assertEquals(all.size(), f.catalog.list(LEAD, "HELP", new PageRequest(start, limit)).total());
            }
        }
    }

    private List<String> catalogNames(int start, int limit) {
        return f.catalog.list(LEAD, "HELP", new PageRequest(start, limit)).values().stream()
                .map(i -> i.group().group().name()).toList();
    }

    @Test
    void deletingAGroupTakesItOffEveryAuthorizedReportersList() {
        long acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        long beta = f.groups.create(ADMIN, "Beta", null, null).group().id();
        f.restrictionStore.put(new ProjectRestriction(f.host.help.id(), true, List.of(acme, beta), ADMIN,
                ServiceFixture.NOW));
        f.restrictionStore.put(new ProjectRestriction(f.host.sales.id(), true, List.of(acme), ADMIN,
                ServiceFixture.NOW));
        int before = f.trail().size();

        f.groups.delete(ADMIN, acme, false);

        assertEquals(List.of(beta), f.restrictionStore.find(f.host.help.id()).orElseThrow().authorizedGroupIds());
        assertEquals(List.of(), f.restrictionStore.find(f.host.sales.id()).orElseThrow().authorizedGroupIds());
        assertTrue(f.restrictionStore.find(f.host.help.id()).orElseThrow().restricted());
        List<AuditEntry> restrictions = f.trailSince(before).stream()
                .filter(e -> e.action() == AuditAction.RESTRICTION_CHANGED).toList();
        assertEquals(List.of(f.host.help.id(), f.host.sales.id()),
                restrictions.stream().map(AuditEntry::projectId).sorted().toList());
        for (AuditEntry e : restrictions) {
            assertEquals(org.customergroups.domain.AuditCause.GROUP_DELETED, e.cause());
            assertEquals(ADMIN, e.actorKey());
            assertEquals("Acme", e.groupName());
        }
        assertFalse(f.trailSince(before).isEmpty());
    }
}
