package org.customergroups.service;

import org.customergroups.domain.IssueRef;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.port.ShareStore;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shares ending from outside the issue (reporters leaving a group, the group deleted) and what removing a group
 * from a catalog does not end, over the real share store on H2 and PostgreSQL. Alice reported HELP-1..3, bob
 * HELP-4..5; all are shared with Acme, HELP-1 and HELP-4 with Globex too.
 */
class ShareCascadeTest {

    private ServiceFixture f;
    private long acme;
    private long globex;
    private List<IssueRef> alices;
    private List<IssueRef> bobs;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    private void open(DatabaseConfig config) {
        f = new ServiceFixture(config);
        acme = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
        globex = f.groups.create(LEAD, "Globex", null, "HELP").group().id();
        for (String u : List.of("alice", "bob")) {
            f.host.directory.addMember("Acme", u);
            f.host.directory.addMember("Globex", u);
        }
        alices = List.of(f.host.issue(20_001, "HELP-1", f.host.help, "alice"),
                f.host.issue(20_002, "HELP-2", f.host.help, "alice"),
                f.host.issue(20_003, "HELP-3", f.host.help, "alice"));
        bobs = List.of(f.host.issue(20_004, "HELP-4", f.host.help, "bob"),
                f.host.issue(20_005, "HELP-5", f.host.help, "bob"));
        for (IssueRef i : List.of(alices.get(0), alices.get(1), alices.get(2), bobs.get(0), bobs.get(1))) {
            f.shares.share(AGENT, i.key(), acme, null);
        }
        f.shares.share(AGENT, "HELP-1", globex, null);
        f.shares.share(AGENT, "HELP-4", globex, null);
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
    void aReporterLeavingAGroupTakesItOffTheirIssuesOnly(DatabaseConfig config) {
        open(config);

        int touched = f.cascade.onMembershipsEnded("Acme", List.of("alice", "ghost"), null);

        assertEquals(3, touched);
        assertEquals(List.of("Globex"), f.shareStore.groupNamesOf(alices.get(0).id()));
        assertEquals(List.of(), f.shareStore.groupNamesOf(alices.get(1).id()));
        assertEquals(List.of(), f.shareStore.groupNamesOf(alices.get(2).id()));
        assertEquals(List.of("Acme", "Globex"), f.shareStore.groupNamesOf(bobs.get(0).id()));
        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(bobs.get(1).id()));
        assertEquals(List.of(ids(alices)), f.host.index.calls());

        // Again (Crowd's singular and plural events, or a repeated event): nothing left to remove, no reindex.
        assertEquals(0, f.cascade.onMembershipsEnded("Acme", List.of("alice"), null));
        assertEquals(1, f.host.index.calls().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void severalReportersAtOnceAndNamesAsTheHostSpellsThem(DatabaseConfig config) {
        open(config);

        assertEquals(2, f.cascade.onMembershipsEnded("globex", List.of("ALICE", "bob"), null));

        assertEquals(List.of(List.of(alices.get(0).id(), bobs.get(0).id())), f.host.index.calls());
        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(alices.get(0).id()));
        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(bobs.get(0).id()));
        assertEquals(5, f.shareStore.countOfGroup(acme));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void groupsThatAreNotCustomerGroupsAndUnknownUsersChangeNothing(DatabaseConfig config) {
        open(config);

        assertEquals(0, f.cascade.onMembershipsEnded("jira-software-users", List.of("alice", "bob"), null));
        assertEquals(0, f.cascade.onMembershipsEnded("No such group", List.of("alice"), null));
        assertEquals(0, f.cascade.onMembershipsEnded("Acme", List.of("ghost", " "), null));
        assertEquals(0, f.cascade.onMembershipsEnded("Acme", List.of(), null));
        // carol reported nothing shared with Acme.
        assertEquals(0, f.cascade.onMembershipsEnded("Acme", List.of("carol"), null));

        assertEquals(5, f.shareStore.countOfGroup(acme));
        assertEquals(2, f.shareStore.countOfGroup(globex));
        assertEquals(List.of(), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletingTheCustomerGroupRemovesItsSharesAndReindexesThoseIssues(DatabaseConfig config) {
        open(config);
        f.catalog.addExisting(ADMIN, "SALES", List.of(globex));
        assertEquals(new GroupUsage(1, 5), f.groups.usage(AGENT, acme));
        assertEquals(new GroupUsage(2, 2), f.groups.usage(ADMIN, globex));

        // Refused deletes change nothing.
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.delete.forbidden", () -> f.groups.delete(LEAD, globex, false));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.delete.forbidden", () -> f.groups.delete(AGENT, acme, false));
        assertEquals(2, f.shareStore.countOfGroup(globex));
        assertEquals(List.of(), f.host.index.calls());

        f.groups.delete(LEAD, acme, false);

        assertEquals(0, f.shareStore.countOfGroup(acme));
        assertEquals(List.of(List.of(20_001L, 20_002L, 20_003L, 20_004L, 20_005L)), f.host.index.calls());
        assertEquals(List.of("Globex"), f.shareStore.groupNamesOf(alices.get(0).id()));
        assertEquals(List.of("Globex"), f.shareStore.groupNamesOf(bobs.get(0).id()));
        assertEquals(List.of(), f.shareStore.groupNamesOf(alices.get(1).id()));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found", () -> f.groups.usage(ADMIN, acme));

        f.groups.delete(ADMIN, globex, true);
        assertEquals(0, f.shareStore.countOfGroup(globex));
        assertEquals(List.of(20_001L, 20_004L), f.host.index.calls().get(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDeleteThatFailsWhileRemovingTheSharesCanBeRepeated(DatabaseConfig config) {
        open(config);
        AtomicBoolean failNext = new AtomicBoolean(true);
        ShareStore flaky = (ShareStore) Proxy.newProxyInstance(ShareStore.class.getClassLoader(),
                new Class<?>[] {ShareStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("removeGroup") && failNext.getAndSet(false)) {
                        throw new IllegalStateException("database went away");
                    }
                    try {
                        return method.invoke(f.shareStore, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Clock clock = Clock.fixed(ServiceFixture.NOW, ZoneOffset.UTC);
        GroupService groups = new GroupService(f.groupStore, f.catalogStore, f.host.directory, f.host.projects,
                f.access, f.adminPeers, flaky, new ShareCascade(flaky, f.groupStore, f.host.directory, f.host.index,
                        f.auditTrail, clock), f.restrictionStore, f.auditTrail, clock);

        assertThrows(IllegalStateException.class, () -> groups.delete(ADMIN, acme, false));

        // The group is still there with its shares, so the same delete can be asked again.
        assertEquals(new GroupUsage(0, 5), groups.usage(ADMIN, acme));
        groups.delete(ADMIN, acme, false);
        assertEquals(0, f.shareStore.countOfGroup(acme));
        assertTrue(f.groupStore.findById(acme).isEmpty());
        assertEquals(List.of(List.of(20_001L, 20_002L, 20_003L, 20_004L, 20_005L)), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removingAGroupFromTheCatalogKeepsItsShares(DatabaseConfig config) {
        open(config);

        f.catalog.remove(LEAD, "HELP", acme);

        assertEquals(5, f.shareStore.countOfGroup(acme));
        assertEquals(List.of("Acme", "Globex"), f.shares.list(AGENT, "HELP-1").shares().stream()
                .map(v -> v.share().groupName()).toList());
        assertEquals(new GroupUsage(0, 5), f.groups.usage(ADMIN, acme));
        assertEquals(List.of(), f.host.index.calls());
        // It can no longer be added, but agents can still take it off.
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.group.id.not.in.catalog",
                () -> f.shares.share(AGENT, "HELP-1", acme, null));
        f.shares.unshare(AGENT, "HELP-2", acme);
        assertEquals(4, f.shareStore.countOfGroup(acme));
        assertTrue(f.shares.candidates(AGENT, "HELP-1", "acme", new PageRequest(0, 25))
                .values().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void usageFollowsTheViewPolicy(DatabaseConfig config) {
        open(config);

        assertEquals(new GroupUsage(1, 5), f.groups.usage(LEAD, acme));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents", () -> f.groups.usage(STAFF, acme));
        assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.view.forbidden.agents",
                () -> f.groups.usage("key-alice", acme));
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found", () -> f.groups.usage(ADMIN, 999));
        long unused = f.groups.create(ADMIN, "Unused", null, null).group().id();
        assertEquals(new GroupUsage(0, 0), f.groups.usage(ADMIN, unused));
    }

    private static List<Long> ids(List<IssueRef> issues) {
        return issues.stream().map(IssueRef::id).toList();
    }
}
