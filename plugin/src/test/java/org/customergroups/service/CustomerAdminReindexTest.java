package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;
import org.customergroups.port.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joining or leaving Customer Admins reindexes the tickets the user sees as a customer admin (the Customer Admins
 * field's value changes on exactly those): reported by a member of one of the user's non-default customer groups in a
 * project whose catalog holds the group. Through the plugin (MembershipService) and through Jira's user management
 * (MembershipEvents); page by page; at most {@link CustomerAdminReindex#MAX_TICKETS} per change.
 */
class CustomerAdminReindexTest {

    private ServiceFixture f;
    private long acme;
    private long customerAdmins;
    private IssueRef help1;
    private IssueRef help2;
    private IssueRef help3;
    private IssueRef sales1;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        f.defaultGroups.ensure();
        customerAdmins = f.groupStore.findByName(DefaultGroup.CUSTOMER_ADMINS.groupName()).orElseThrow().id();
        acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        f.members.add(ADMIN, acme, List.of("alice", "bob"));
        help1 = f.requests.put(f.host.issue(20_001, "HELP-1", f.host.help, "alice"), "Printer", "");
        help2 = f.requests.put(f.host.issue(20_002, "HELP-2", f.host.help, "carol"), "Not Acme", "");
        help3 = f.requests.put(f.host.issue(20_003, "HELP-3", f.host.help, "bob"), "Bob's own", "");
        // SALES' catalog does not hold Acme.
        sales1 = f.requests.put(f.host.issue(20_004, "SALES-1", f.host.sales, "alice"), "Elsewhere", "");
        f.host.index.clear();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Every reindexed issue id, in order. */
    private List<Long> reindexed() {
        return f.host.index.calls().stream().flatMap(List::stream).toList();
    }

    @Test
    void joiningAndLeavingThroughThePluginReindexesTheTicketsSeenAsCustomerAdmin() {
        f.members.add(ADMIN, customerAdmins, List.of("bob"));

        // Newest update first, as the search returns them; not carol's ticket nor the SALES one.
        assertEquals(List.of(List.of(help3.id(), help1.id())), f.host.index.calls());

        f.host.index.clear();
        f.members.remove(ADMIN, customerAdmins, "bob");
        assertEquals(List.of(help3.id(), help1.id()), reindexed());

        f.host.index.clear();
        f.members.remove(ADMIN, customerAdmins, "bob");
        f.members.add(ADMIN, acme, List.of("carol"));
        assertEquals(List.of(), f.host.index.calls(), "no change of Customer Admins, nothing reindexed");
    }

    @Test
    void aCustomerAdminInNoCatalogGroupOrOnlyInDefaultGroupsReindexesNothing() {
        // Carol is in no non-default group; Customer Admins in HELP's catalog does not count either.
        f.catalog.addExisting(ADMIN, "HELP", List.of(customerAdmins));
        f.members.add(ADMIN, customerAdmins, List.of("carol"));

        assertEquals(List.of(), f.host.index.calls());
        assertEquals(0, f.adminReindex.onCustomerAdminsChanged(List.of()));
        assertEquals(0, f.adminReindex.onCustomerAdminsChanged(List.of("nobody")));
    }

    @Test
    void changesMadeInJirasUserManagementReindexTooButNotThePluginsEcho() {
        f.host.directory.addMember(DefaultGroup.CUSTOMER_ADMINS.groupName(), "bob");
        assertEquals(1, f.membershipEvents.onDirectoryChange("Customer Admins", List.of("bob"), true, ADMIN));
        assertEquals(List.of(help3.id(), help1.id()), reindexed());

        f.host.index.clear();
        f.host.directory.removeMember(DefaultGroup.CUSTOMER_ADMINS.groupName(), "bob");
        assertEquals(1, f.membershipEvents.onDirectoryChange("Customer Admins", List.of("bob"), false, null));
        assertEquals(List.of(help3.id(), help1.id()), reindexed());

        // The host's report of the plugin's own addition: MembershipService already reindexed it.
        f.members.add(ADMIN, customerAdmins, List.of("alice"));
        f.host.index.clear();
        assertEquals(0, f.membershipEvents.onDirectoryChange("Customer Admins", List.of("alice"), true, ADMIN));
        assertEquals(List.of(), f.host.index.calls());

        // Another customer group's changes do not touch the Customer Admins field.
        f.host.directory.addMember("Acme", "carol");
        assertEquals(1, f.membershipEvents.onDirectoryChange("Acme", List.of("carol"), true, ADMIN));
        assertEquals(List.of(), f.host.index.calls());
    }

    @Test
    void atMostTenThousandTicketsArePageByPageReindexedPerChange() {
        // A host with more matching tickets than the cap (rows made up per page: the fake portal search would sort
        // all of them on every page).
        int total = CustomerAdminReindex.MAX_TICKETS + 150;
        List<Integer> starts = new ArrayList<>();
        Requests many = new ThrowingRequests() {
            @Override
            public Page<RequestRow> search(RequestQuery query, PageRequest page) {
                starts.add(page.start());
                List<RequestRow> rows = new ArrayList<>();
                for (int i = page.start(); i < Math.min(total, page.start() + page.limit()); i++) {
                    rows.add(new RequestRow(f.host.issue(100_000 + i, "HELP-" + (100 + i), f.host.help, "alice"),
                            "Many", "Open", false, ServiceFixture.NOW));
                }
                return Page.of(page, total, rows);
            }
        };
        CustomerAdminReindex reindex = new CustomerAdminReindex(f.customerAdmins, many, f.host.index);

        int count = reindex.onCustomerAdminsChanged(List.of("bob"));

        assertEquals(CustomerAdminReindex.MAX_TICKETS, count);
        List<Long> ids = reindexed();
        assertEquals(CustomerAdminReindex.MAX_TICKETS, ids.size());
        assertEquals(CustomerAdminReindex.MAX_TICKETS, new HashSet<>(ids).size(), "each ticket once");
        assertEquals(CustomerAdminReindex.MAX_TICKETS / PageRequest.MAX_LIMIT, f.host.index.calls().size(),
                "one reindex per search page");
        assertEquals(CustomerAdminReindex.MAX_TICKETS / PageRequest.MAX_LIMIT, starts.size(), "no page beyond the cap");
    }

    @Test
    void manyGroupsAreSearchedInBoundedQueriesAndEachTicketIsReindexedOnce() {
        // 60 groups in HELP's catalog, each with bob and its own reporter; alice is in all of them too.
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String reporter = "reporter" + i;
            f.host.directory.addUser(reporter, "Reporter " + i, reporter + "@example.com", AccountType.REPORTER);
            long g = f.groups.create(ADMIN, "Group " + i, null, "HELP").group().id();
            f.members.add(ADMIN, g, List.of("bob", "alice", reporter));
            expected.add(f.requests.put(f.host.issue(30_000 + i, "HELP-" + (500 + i), f.host.help, reporter),
                    "Group " + i, "").id());
        }
        expected.add(help1.id());
        expected.add(help3.id());
        List<Integer> clausesPerQuery = new ArrayList<>();
        CustomerAdminReindex reindex = new CustomerAdminReindex(f.customerAdmins,
                recording(f.requests, clausesPerQuery), f.host.index);
        f.host.index.clear();

        assertEquals(62, reindex.onCustomerAdminsChanged(List.of("bob")));

        assertEquals(Set.copyOf(expected), Set.copyOf(reindexed()));
        assertEquals(62, reindexed().size());
        assertEquals(List.of(PortalService.MAX_ADMIN_GROUPS, 61 - PortalService.MAX_ADMIN_GROUPS), clausesPerQuery);
        assertTrue(!reindexed().contains(help2.id()) && !reindexed().contains(sales1.id()));
    }

    @Test
    void aFailingSearchDoesNotUndoOrFailTheMembershipChange() {
        CustomerAdminReindex failing = new CustomerAdminReindex(f.customerAdmins, new ThrowingRequests() {
                    @Override
                    public Page<RequestRow> search(RequestQuery query, PageRequest page) {
                        throw new IllegalStateException("Jira could not search");
                    }
                }, f.host.index);
        MembershipService members = new MembershipService(f.groupStore, f.host.directory, f.adminPeers,
                f.access, f.auditTrail, f.ownMembershipChanges, failing, Clock.fixed(ServiceFixture.NOW, ZoneOffset.UTC));

        assertEquals(1, members.add(ADMIN, customerAdmins, List.of("bob")).added().size());

        assertTrue(f.customerAdmins.isCustomerAdmin("bob"));
        assertEquals(List.of(), f.host.index.calls());
    }

    /** A host whose only working call is the search a test overrides. */
    private abstract static class ThrowingRequests implements Requests {

        @Override
        public IssueRef create(long projectId, String reporterKey, String summary, String description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<RequestContent> content(long issueId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<PublicComment> publicComments(long issueId, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PublicComment addComment(long issueId, String authorKey, String body) {
            throw new UnsupportedOperationException();
        }
    }

    /** {@code delegate}, recording how many customer-admin clauses each search query holds (once per query). */
    private static Requests recording(Requests delegate, List<Integer> clausesPerQuery) {
        return new Requests() {
            private RequestQuery last;

            @Override
            public IssueRef create(long projectId, String reporterKey, String summary, String description) {
                return delegate.create(projectId, reporterKey, summary, description);
            }

            @Override
            public Optional<RequestContent> content(long issueId) {
                return delegate.content(issueId);
            }

            @Override
            public Page<PublicComment> publicComments(long issueId, PageRequest page) {
                return delegate.publicComments(issueId, page);
            }

            @Override
            public PublicComment addComment(long issueId, String authorKey, String body) {
                return delegate.addComment(issueId, authorKey, body);
            }

            @Override
            public Page<RequestRow> search(RequestQuery query, PageRequest page) {
                if (!query.equals(last)) {
                    clausesPerQuery.add(query.adminScopes().size());
                    last = query;
                }
                return delegate.search(query, page);
            }
        };
    }
}
