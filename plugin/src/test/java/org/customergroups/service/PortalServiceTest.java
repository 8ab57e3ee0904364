package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.customergroups.service.Problems.assertInvalid;
import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reporter portal over real stores. World ({@link #world}): Acme (alice, bob, dora) and Globex (carol) in HELP's
 * catalog, Initech (alice, carol) in none; HELP-1 by alice shared with Acme, HELP-2 by bob shared with nothing,
 * HELP-3 by carol shared with Globex.
 */
class PortalServiceTest {

    static final String BOB = "key-bob";
    static final String CAROL = "key-carol";
    static final String DORA = "key-dora";

    private ServiceFixture f;
    private IssueRef help1;
    private IssueRef help2;
    private IssueRef help3;

    @BeforeEach
    void setUp() {
        f = new ServiceFixture();
        world(f);
        help1 = f.host.issues.byKey("HELP-1").orElseThrow();
        help2 = f.host.issues.byKey("HELP-2").orElseThrow();
        help3 = f.host.issues.byKey("HELP-3").orElseThrow();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** The world above, shared by the portal, form and restriction tests. Returns the group ids Acme, Globex, Initech. */
    static long[] world(ServiceFixture f) {
        f.host.directory.addUser("dora", "Dora Dunn", "dora@acme.example", AccountType.REPORTER);
        long acme = f.catalog.createAndAdd(ADMIN, "HELP", "Acme", null).group().group().id();
        long globex = f.catalog.createAndAdd(ADMIN, "HELP", "Globex", null).group().group().id();
        long initech = f.groups.create(ADMIN, "Initech", null, null).group().id();
        for (String u : List.of("alice", "bob", "dora")) {
            f.host.directory.addMember("Acme", u);
        }
        f.host.directory.addMember("Globex", "carol");
        f.host.directory.addMember("Initech", "alice");
        f.host.directory.addMember("Initech", "carol");
        f.requests.put(f.host.issue(20_001, "HELP-1", f.host.help, "alice"), "Printer on fire", "It <b>burns</b>");
        f.requests.put(f.host.issue(20_002, "HELP-2", f.host.help, "bob"), "VPN down", "");
        f.requests.put(f.host.issue(20_003, "HELP-3", f.host.help, "carol"), "Invoice", "");
        f.shares.share(AGENT, "HELP-1", acme, null);
        f.shares.share(AGENT, "HELP-3", globex, null);
        return new long[] {acme, globex, initech};
    }

    @Test
    void accessMatrixAndExistenceDoesNotLeak() {
        assertEquals(help1, f.portalAccess.requireVisible(ALICE, "HELP-1"), "reporter");
        assertEquals(help1, f.portalAccess.requireVisible(BOB, "help-1"), "member of the shared group");
        for (String outsider : List.of(CAROL, AGENT, LEAD, STAFF, ADMIN)) {
            DomainException hidden = assertProblem(ProblemKind.NOT_FOUND, "cg.error.portal.request.not.found",
                    () -> f.portalAccess.requireVisible(outsider, "HELP-1"));
            DomainException unknown = assertProblem(ProblemKind.NOT_FOUND, "cg.error.portal.request.not.found",
                    () -> f.portalAccess.requireVisible(outsider, "HELP-999"));
            assertEquals(List.of("HELP-1"), hidden.arguments(), "the key as typed, nothing else");
            assertEquals(List.of("HELP-999"), unknown.arguments());
        }
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.portal.request.not.found",
                () -> f.portalAccess.requireVisible(ALICE, "  "));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.portalAccess.requireVisible(null, "HELP-1"));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.portal.request(null, "HELP-1", new PageRequest(0, 10)));
    }

    @Test
    void customerAdminOfTheReportersGroupSeesTheirRequests() {
        assertFalse(f.portalAccess.canSee(DORA, help2), "a fellow member without the admin role");
        f.groupStore.create("Customer Admins", GroupKind.DEFAULT, "", GroupSettings.defaults(), null, Instant.EPOCH);
        f.host.directory.createGroup("Customer Admins");
        f.host.directory.addMember("Customer Admins", "dora");
        assertTrue(f.portalAccess.canSee(DORA, help2), "bob is in Acme, dora administers Acme's customers");
        assertFalse(f.portalAccess.canSee(DORA, help3), "carol is not in any group of dora's");
    }

    @Test
    void customerAdminListsTheirGroupsRequestsUnderAllOnly() {
        PageRequest all = new PageRequest(0, 25);
        assertEquals(List.of("HELP-1"), keys(f.portal.myRequests(DORA, null, all).values()), "not an admin yet");
        f.groupStore.create("Customer Admins", GroupKind.DEFAULT, "", GroupSettings.defaults(), null, Instant.EPOCH);
        f.host.directory.createGroup("Customer Admins");
        f.host.directory.addMember("Customer Admins", "dora");
        // Customers is in HELP's catalog and holds carol and dora: a default group never makes dora carol's admin.
        CustomerGroup customers = f.groupStore.create("Customers", GroupKind.DEFAULT, "", GroupSettings.defaults(),
                null, Instant.EPOCH);
        f.host.directory.createGroup("Customers");
        f.host.directory.addMember("Customers", "dora");
        f.host.directory.addMember("Customers", "carol");
        f.catalogStore.add(f.host.help.id(), customers.id(), false, ADMIN, Instant.EPOCH);
        // Initech (dora and carol) is in no catalog: it reaches no project.
        f.host.directory.addMember("Initech", "dora");

        assertEquals(List.of("HELP-2", "HELP-1"), keys(f.portal.myRequests(DORA, null, all).values()),
                "bob's unshared HELP-2 through Acme; carol's HELP-3 through no group");
        assertEquals(List.of("HELP-1"), keys(f.portal.myRequests(DORA,
                new PortalFilter(PortalFilter.Scope.SHARED, null, RequestState.ANY), all).values()), "shared only");
        assertEquals(List.of(), keys(f.portal.myRequests(DORA,
                new PortalFilter(PortalFilter.Scope.MINE, null, RequestState.ANY), all).values()));
        var paged = f.portal.myRequests(DORA, null, new PageRequest(1, 1));
        assertEquals(2, paged.total());
        assertEquals(List.of("HELP-1"), keys(paged.values()));
        for (RequestRow row : f.portal.myRequests(DORA, null, all).values()) {
            assertTrue(f.portalAccess.canSee(DORA, row.issue()), "the list never shows what the page refuses");
        }

        f.catalog.remove(ADMIN, "HELP", f.groupStore.findByName("Acme").orElseThrow().id());
        assertFalse(keys(f.portal.myRequests(DORA, null, all).values()).contains("HELP-2"),
                "Acme left HELP's catalog: dora no longer administers bob there");
    }

    @Test
    void requestPageShowsPublicCommentsOnlyAndAcceptsComments() {
        f.requests.addInternalComment(help1.id(), AGENT, "internal: customer is difficult");
        f.requests.attach(help1.id(), new RequestContent.Attachment(5, "log.txt", 12, Instant.EPOCH));
        PublicComment posted = f.portal.comment(BOB, "HELP-1", "  <script>alert('x')</script>  ");
        assertEquals("<script>alert('x')</script>", posted.body(), "stored as typed (trimmed), not escaped");
        assertEquals(BOB, posted.authorKey());

        PortalRequestView v = f.portal.request(ALICE, "HELP-1", new PageRequest(0, 10));
        assertEquals("Printer on fire", v.content().summary());
        assertEquals("It <b>burns</b>", v.content().description());
        assertEquals("alice", v.reporter().username());
        assertEquals(List.of("Acme"), v.sharedGroups());
        assertEquals(List.of(posted), v.comments().values(), "the internal comment never shows");
        assertEquals(1, v.comments().total());
        assertEquals(1, v.content().attachments().size());

        assertInvalid("body", "cg.error.portal.comment.empty", () -> f.portal.comment(ALICE, "HELP-1", " \n "));
        assertInvalid("body", "cg.error.portal.comment.too.long",
                () -> f.portal.comment(ALICE, "HELP-1", "x".repeat(PortalService.MAX_COMMENT + 1)));
        f.portal.comment(ALICE, "HELP-1", "x".repeat(PortalService.MAX_COMMENT));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.portal.request.not.found",
                () -> f.portal.comment(CAROL, "HELP-1", "let me in"));
        assertEquals(2, f.portal.request(ALICE, "HELP-1", new PageRequest(0, 10)).comments().total());
    }

    @Test
    void myRequestsFiltersByScopeGroupAndState() {
        long[] ids = {f.groupStore.findByName("Acme").orElseThrow().id(),
                f.groupStore.findByName("Globex").orElseThrow().id()};
        PageRequest all = new PageRequest(0, 25);
        assertEquals(List.of("HELP-1"), keys(f.portal.myRequests(ALICE, null, all).values()));
        assertEquals(List.of("HELP-2", "HELP-1"), keys(f.portal.myRequests(BOB,
                new PortalFilter(PortalFilter.Scope.ALL, null, RequestState.ANY), all).values()), "newest first");
        assertEquals(List.of("HELP-2"), keys(f.portal.myRequests(BOB,
                new PortalFilter(PortalFilter.Scope.MINE, null, RequestState.ANY), all).values()));
        assertEquals(List.of("HELP-1"), keys(f.portal.myRequests(BOB,
                new PortalFilter(PortalFilter.Scope.SHARED, null, RequestState.ANY), all).values()));
        assertEquals(List.of("HELP-1"), keys(f.portal.myRequests(DORA,
                new PortalFilter(PortalFilter.Scope.GROUP, ids[0], RequestState.ANY), all).values()));
        assertInvalid("group", "cg.error.portal.group.not.mine", () -> f.portal.myRequests(DORA,
                new PortalFilter(PortalFilter.Scope.GROUP, ids[1], RequestState.ANY), all));
        assertInvalid("group", "cg.error.portal.group.required", () -> f.portal.myRequests(DORA,
                new PortalFilter(PortalFilter.Scope.GROUP, null, RequestState.ANY), all));
        assertEquals(List.of(), f.portal.myRequests(STAFF, null, all).values(), "no groups, no requests");

        f.requests.close(help1.id());
        assertEquals(List.of("HELP-2"), keys(f.portal.myRequests(BOB,
                new PortalFilter(PortalFilter.Scope.ALL, null, RequestState.OPEN), all).values()));
        assertEquals(List.of("HELP-1"), keys(f.portal.myRequests(BOB,
                new PortalFilter(PortalFilter.Scope.ALL, null, RequestState.CLOSED), all).values()));
        var paged = f.portal.myRequests(BOB, null, new PageRequest(1, 1));
        assertEquals(2, paged.total());
        assertEquals(List.of("HELP-2"), keys(paged.values()), "HELP-1 was updated last (closed)");
    }

    @Test
    void myGroupsAreTheCustomerGroupsIAmIn() {
        assertEquals(List.of("Acme", "Initech"), f.portal.myGroups(ALICE).stream().map(CustomerGroup::name).toList());
        assertEquals(List.of(), f.portal.myGroups(AGENT));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated", () -> f.portal.myGroups(null));
    }

    private static List<String> keys(List<RequestRow> rows) {
        return rows.stream().map(r -> r.issue().key()).toList();
    }
}
