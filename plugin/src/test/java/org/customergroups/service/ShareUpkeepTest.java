package org.customergroups.service;

import org.customergroups.domain.IssueRef;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shares following their issue (moved, new reporter, deleted), over the real share store on H2 and PostgreSQL. */
class ShareUpkeepTest {

    private static final String BOB = "key-bob";

    private ServiceFixture f;
    private IssueRef help1;
    private IssueRef help2;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    /** HELP-1 (alice) is shared with Acme and Globex, HELP-2 (alice) with Acme. */
    private void open(DatabaseConfig config) {
        f = new ServiceFixture(config);
        long acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        long globex = f.groups.create(ADMIN, "Globex", null, "HELP").group().id();
        help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        help2 = f.host.issue(20_002, "HELP-2", f.host.help, "alice");
        f.shares.share(AGENT, "HELP-1", acme, null);
        f.shares.share(AGENT, "HELP-1", globex, null);
        f.shares.share(AGENT, "HELP-2", acme, null);
        f.host.index.clear();
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void movedIssueWithANewReporterKeepsItsSharesWithTheNewCopies(DatabaseConfig config) {
        open(config);
        f.host.issue(help1.id(), "SALES-7", f.host.sales, "bob");

        f.upkeep.onIssueUpdated(help1.id());

        List<TicketShare> moved = f.shareStore.ofIssue(help1.id());
        assertEquals(List.of("Acme", "Globex"), moved.stream().map(TicketShare::groupName).toList());
        assertEquals(List.of(f.host.sales.id(), f.host.sales.id()), moved.stream().map(TicketShare::projectId).toList());
        assertEquals(List.of(BOB, BOB), moved.stream().map(TicketShare::reporterKey).toList());
        assertEquals(List.of(AGENT, AGENT), moved.stream().map(TicketShare::sharedBy).toList());
        assertEquals(ALICE, f.shareStore.ofIssue(help2.id()).get(0).reporterKey());
        assertEquals(List.of(List.of(help1.id())), f.host.index.calls());

        // Nothing changed since: no write, no reindex.
        f.upkeep.onIssueUpdated(help1.id());
        assertEquals(1, f.host.index.calls().size());

        // The cascade now follows the new reporter: alice leaving Acme touches only her HELP-2.
        assertEquals(1, f.cascade.onMembershipsEnded("Acme", List.of("alice"), null));
        assertEquals(List.of(), f.shareStore.groupNamesOf(help2.id()));
        assertEquals(List.of("Acme", "Globex"), f.shareStore.groupNamesOf(help1.id()));
        assertEquals(1, f.cascade.onMembershipsEnded("Acme", List.of("bob"), null));
        assertEquals(List.of("Globex"), f.shareStore.groupNamesOf(help1.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reporterRemovedAndIssuesWithoutSharesOrUnknown(DatabaseConfig config) {
        open(config);
        f.host.issue(help2.id(), "HELP-2", f.host.help, null);
        IssueRef unshared = f.host.issue(20_003, "HELP-3", f.host.help, "bob");

        f.upkeep.onIssueUpdated(help2.id());
        f.upkeep.onIssueUpdated(unshared.id());
        f.upkeep.onIssueUpdated(99_999);

        assertEquals(null, f.shareStore.ofIssue(help2.id()).get(0).reporterKey());
        assertEquals(List.of(List.of(help2.id())), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletedIssueLosesItsSharesOnly(DatabaseConfig config) {
        open(config);
        f.host.issues.remove(help1.id());

        f.upkeep.onIssueDeleted(help1.id(), null);

        assertEquals(List.of(), f.shareStore.ofIssue(help1.id()));
        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(help2.id()));
        assertEquals(List.of(), f.host.index.calls());
        f.upkeep.onIssueDeleted(help1.id(), null);
        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(help2.id()));
    }
}
