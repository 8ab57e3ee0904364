package org.customergroups.service;

import org.customergroups.domain.IssueRef;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.TicketShare;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Auto-share on issue creation, over the real share store on H2 and PostgreSQL. HELP's catalog: Acme and Globex
 * with Auto-share on, Beta with it off. SALES' catalog: Sales Club with Auto-share on. Loose is in no catalog.
 * Alice is a member of all five, bob of Acme only, carol of Sales Club and Loose only.
 */
class AutoShareTest {

    private ServiceFixture f;
    private long acme;
    private long globex;
    private long beta;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    private void open(DatabaseConfig config) {
        f = new ServiceFixture(config);
        acme = group("Acme", "HELP", true, "alice", "bob");
        globex = group("Globex", "HELP", true, "alice");
        beta = group("Beta", "HELP", false, "alice");
        group("Sales Club", "SALES", true, "alice", "carol");
        f.groups.create(ADMIN, "Loose", null, null);
        f.host.directory.addMember("Loose", "alice");
        f.host.directory.addMember("Loose", "carol");
    }

    private long group(String name, String projectKey, boolean autoShare, String... members) {
        long id = f.catalog.createAndAdd(ADMIN, projectKey, name, null).group().group().id();
        if (autoShare) {
            f.catalog.setAutoShare(ADMIN, projectKey, id, true);
        }
        for (String m : members) {
            f.host.directory.addMember(name, m);
        }
        return id;
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reporterInSeveralAutoShareGroupsGetsEachOfThemOnly(DatabaseConfig config) {
        open(config);
        IssueRef issue = f.host.issue(20_001, "HELP-1", f.host.help, "alice");

        List<TicketShare> added = f.autoShare.onIssueCreated(issue.id(), ALICE);

        // Not Beta (Auto-share off), not Sales Club (another project's catalog), not Loose (no catalog).
        List<TicketShare> expected = List.of(
                new TicketShare(issue.id(), f.host.help.id(), acme, "Acme", ALICE, ShareSource.AUTO, ALICE,
                        ServiceFixture.NOW),
                new TicketShare(issue.id(), f.host.help.id(), globex, "Globex", ALICE, ShareSource.AUTO, ALICE,
                        ServiceFixture.NOW));
        assertEquals(expected, added);
        assertEquals(expected, f.shareStore.ofIssue(issue.id()));
        assertEquals(List.of(List.of(issue.id())), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reporterInOneGroupGetsThatOne(DatabaseConfig config) {
        open(config);
        IssueRef issue = f.host.issue(20_002, "HELP-2", f.host.help, "bob");

        List<TicketShare> added = f.autoShare.onIssueCreated(issue.id(), null);

        assertEquals(List.of("Acme"), added.stream().map(TicketShare::groupName).toList());
        assertEquals(null, added.get(0).sharedBy());
        assertEquals("key-bob", added.get(0).reporterKey());
        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(issue.id()));
        assertEquals(List.of(List.of(issue.id())), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void nothingIsSharedWithoutAMatchingAutoShareGroup(DatabaseConfig config) {
        open(config);
        // carol: member of Sales Club (SALES) and Loose (no catalog) only; staff: of no group at all.
        IssueRef carols = f.host.issue(20_003, "HELP-3", f.host.help, "carol");
        IssueRef staffs = f.host.issue(20_004, "HELP-4", f.host.help, "staff");
        IssueRef nobodys = f.host.issue(20_005, "HELP-5", f.host.help, null);

        assertEquals(List.of(), f.autoShare.onIssueCreated(carols.id(), AGENT));
        assertEquals(List.of(), f.autoShare.onIssueCreated(staffs.id(), AGENT));
        assertEquals(List.of(), f.autoShare.onIssueCreated(nobodys.id(), AGENT));
        assertEquals(List.of(), f.autoShare.onIssueCreated(99_999, AGENT));

        for (IssueRef i : List.of(carols, staffs, nobodys)) {
            assertEquals(List.of(), f.shareStore.ofIssue(i.id()));
        }
        assertEquals(List.of(), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void autoShareIsPerProject(DatabaseConfig config) {
        open(config);
        IssueRef sales = f.host.issue(30_001, "SALES-1", f.host.sales, "carol");
        f.catalog.setAutoShare(ADMIN, "HELP", acme, false);
        f.catalog.setAutoShare(ADMIN, "HELP", globex, false);
        f.catalog.setAutoShare(ADMIN, "HELP", beta, true);
        IssueRef help = f.host.issue(20_001, "HELP-1", f.host.help, "alice");

        assertEquals(List.of("Sales Club"), f.autoShare.onIssueCreated(sales.id(), null).stream()
                .map(TicketShare::groupName).toList());
        assertEquals(List.of("Beta"), f.autoShare.onIssueCreated(help.id(), null).stream()
                .map(TicketShare::groupName).toList());
        assertEquals(List.of(List.of(sales.id()), List.of(help.id())), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSecondCallAddsNothingAndKeepsExistingShares(DatabaseConfig config) {
        open(config);
        IssueRef issue = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        // An agent was quicker for Globex.
        f.shares.share(LEAD, "HELP-1", globex, null);
        f.host.index.clear();

        assertEquals(List.of("Acme"), f.autoShare.onIssueCreated(issue.id(), ALICE).stream()
                .map(TicketShare::groupName).toList());
        assertEquals(List.of(), f.autoShare.onIssueCreated(issue.id(), ALICE));

        List<TicketShare> stored = f.shareStore.ofIssue(issue.id());
        assertEquals(List.of("Acme", "Globex"), stored.stream().map(TicketShare::groupName).toList());
        assertEquals(List.of(ShareSource.AUTO, ShareSource.AGENT), stored.stream().map(TicketShare::source).toList());
        assertEquals(LEAD, stored.get(1).sharedBy());
        assertEquals(List.of(List.of(issue.id())), f.host.index.calls());
    }
}
