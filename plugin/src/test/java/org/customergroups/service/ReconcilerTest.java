package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.UserProfile;
import org.customergroups.port.Directory;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reconciler over the real stores (H2, and PostgreSQL when CG_PG_URL is set) and the demo helpdesk's users:
 * admin, agent, lead, sales, staff (standard, example.com), alice and bob (reporters, acme.example), carol
 * (reporter, globex.example).
 */
class ReconcilerTest {

    private ServiceFixture f;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private long dynamic(String name, String rule) {
        long id = f.groups.create(LEAD, name, null, "HELP").group().id();
        f.groupStore.setRule(id, rule);
        return id;
    }

    private long defaultGroup(String name) {
        f.host.directory.createGroup(name);
        return f.groupStore.create(name, GroupKind.DEFAULT, null, null, null, ServiceFixture.NOW).id();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSavedRuleIsMaterialisedAndEveryJoinAndLeaveIsRecorded(DatabaseConfig config) {
        f = new ServiceFixture(config);
        long acme = dynamic("Acme", "emailDomain = \"acme.example\"");
        f.host.directory.addMember("Acme", "carol");
        f.host.directory.addMember("Acme", "alice");
        int before = f.trail().size();

        ReconcileReport report = f.reconciler.reconcileGroup(acme, LEAD);

        assertEquals(new ReconcileReport(1, 8, 1, 1, 0), report);
        assertEquals(Set.of("alice", "bob"), f.host.directory.membersOf("Acme"));
        List<AuditEntry> written = f.trailSince(before);
        assertEquals(List.of("MEMBER_ADDED key-bob RULE key-lead", "MEMBER_REMOVED key-carol RULE key-lead"),
                written.stream().map(e -> e.action() + " " + e.userKey() + " " + e.cause() + " " + e.actorKey())
                        .toList());
        assertTrue(written.stream().allMatch(e -> e.groupId() == acme && "Acme".equals(e.groupName())));

        // Nothing to do the second time: nothing written.
        assertEquals(new ReconcileReport(1, 8, 0, 0, 0), f.reconciler.reconcileGroup(acme, LEAD));
        assertEquals(before + 2, f.trail().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aReporterWhoLeavesTakesTheGroupOffTheirTicketsAsInTheCascade(DatabaseConfig config) {
        f = new ServiceFixture(config);
        long acme = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
        f.host.directory.addMember("Acme", "carol");
        f.host.directory.addMember("Acme", "alice");
        IssueRef carols = f.host.issue(20_001, "HELP-1", f.host.help, "carol");
        IssueRef alices = f.host.issue(20_002, "HELP-2", f.host.help, "alice");
        f.shares.share(AGENT, carols.key(), acme, null);
        f.shares.share(AGENT, alices.key(), acme, null);
        f.host.index.clear();
        f.groupStore.setRule(acme, "emailDomain = \"acme.example\"");
        int before = f.trail().size();

        ReconcileReport report = f.reconciler.reconcileGroup(acme, LEAD);

        assertEquals(1, report.left());
        assertEquals(1, report.sharesRemoved());
        assertEquals(List.of(), f.shareStore.groupNamesOf(carols.id()));
        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(alices.id()));
        assertEquals(List.of(List.of(carols.id())), f.host.index.calls());
        AuditEntry cascade = f.trailSince(before).stream().filter(e -> e.action() == AuditAction.SHARE_REMOVED)
                .findFirst().orElseThrow();
        assertEquals(AuditCause.CASCADE, cascade.cause());
        assertEquals("key-carol", cascade.userKey());
        assertEquals("key-lead", cascade.actorKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFullPassKeepsDynamicAndComputedDefaultGroupsAsTheSystem(DatabaseConfig config) {
        f = new ServiceFixture(config);
        long customers = defaultGroup("Customers");
        defaultGroup("Verified Customers");
        defaultGroup("Customer Admins");
        f.host.directory.addMember("Customers", "staff"); // not a customer account: leaves
        f.host.directory.addMember("Customer Admins", "bob"); // by hand: kept
        f.host.userProfiles.setProperty("alice", UserProfile.VERIFIED_EMAIL_PROPERTY, "ALICE@acme.example");
        f.host.userProfiles.setProperty("bob", UserProfile.VERIFIED_EMAIL_PROPERTY, "old@acme.example");
        dynamic("Globex", "emailDomain = \"globex.example\" or username = \"staff\"");
        int before = f.trail().size();

        ReconcileReport report = f.reconciler.reconcileAll();

        assertEquals(new ReconcileReport(3, 8, 3 + 1 + 2, 1, 0), report);
        assertEquals(Set.of("alice", "bob", "carol"), f.host.directory.membersOf("Customers"));
        assertEquals(Set.of("alice"), f.host.directory.membersOf("Verified Customers"));
        assertEquals(Set.of("bob"), f.host.directory.membersOf("Customer Admins"));
        assertEquals(Set.of("carol", "staff"), f.host.directory.membersOf("Globex"));
        List<AuditEntry> written = f.trailSince(before);
        assertEquals(7, written.size());
        assertTrue(written.stream().allMatch(e -> e.actorKey() == null && e.cause() == AuditCause.RULE),
                written::toString);
        assertTrue(written.stream().anyMatch(e -> e.action() == AuditAction.MEMBER_REMOVED && e.groupId() == customers
                && "key-staff".equals(e.userKey())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void usersAreReadPageByPage(DatabaseConfig config) {
        f = new ServiceFixture(config);
        for (int i = 0; i < 1_200; i++) {
            f.host.directory.addUser(String.format("user%04d", i), "User " + i, "user" + i + "@acme.example",
                    AccountType.REPORTER);
        }
        long acme = dynamic("Acme", "emailDomain = \"acme.example\" and username starts with \"user\"");

        ReconcileReport report = f.reconciler.reconcileGroup(acme, null);

        assertEquals(1_208, report.usersScanned());
        assertEquals(1_200, report.joined());
        assertEquals(List.of(500, 500, 208), f.host.userProfiles.pagesRead);
        assertEquals(1_200, f.host.directory.memberCount("Acme"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inactiveUsersKeepTheirMemberships(DatabaseConfig config) {
        f = new ServiceFixture(config);
        long acme = dynamic("Acme", "emailDomain = \"acme.example\"");
        f.host.directory.addMember("Acme", "carol");
        f.host.userProfiles.active("carol", false);

        ReconcileReport report = f.reconciler.reconcileGroup(acme, null);

        assertEquals(7, report.usersScanned());
        assertEquals(Set.of("alice", "bob", "carol"), f.host.directory.membersOf("Acme"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChainOfRulesSettlesOnTheNextPass(DatabaseConfig config) {
        f = new ServiceFixture(config);
        dynamic("Alpha", "memberOf \"Zulu\"");
        dynamic("Zulu", "emailDomain = \"acme.example\"");

        f.reconciler.reconcileAll();
        assertEquals(Set.of(), f.host.directory.membersOf("Alpha"));
        assertEquals(Set.of("alice", "bob"), f.host.directory.membersOf("Zulu"));

        f.reconciler.reconcileAll();
        assertEquals(Set.of("alice", "bob"), f.host.directory.membersOf("Alpha"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aGroupWithoutItsJiraGroupIsSkippedAndTheOthersStillReconcile(DatabaseConfig config) {
        f = new ServiceFixture(config);
        long ghost = dynamic("Ghost", "emailDomain = \"acme.example\"");
        f.host.directory.deleteGroup("Ghost");
        dynamic("Globex", "emailDomain = \"globex.example\"");
        long stat = f.groups.create(LEAD, "Static", null, "HELP").group().id();

        ReconcileReport report = f.reconciler.reconcileAll();

        assertEquals(1, report.groups());
        assertEquals(Set.of("carol"), f.host.directory.membersOf("Globex"));
        assertEquals(ReconcileReport.NOTHING, f.reconciler.reconcileGroup(ghost, null));
        assertEquals(ReconcileReport.NOTHING, f.reconciler.reconcileGroup(stat, null));
        assertEquals(ReconcileReport.NOTHING, f.reconciler.reconcileGroup(99_999, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNewUserJoinsComputedGroupsAndAutoJoinGroupsAnUpdatedUserOnlyComputedOnes(DatabaseConfig config) {
        f = new ServiceFixture(config);
        dynamic("Acme", "emailDomain = \"acme.example\"");
        long partners = f.groups.create(LEAD, "Partners", null, "HELP").group().id();
        f.groups.update(LEAD, partners, new GroupChanges(null, List.of("acme.example"), null, null, null));
        f.host.directory.addUser("dave", "Dave Doe", "dave@ACME.example", AccountType.REPORTER);
        int before = f.trail().size();

        ReconcileReport updated = f.reconciler.reconcileUser("dave", false);
        assertEquals(new ReconcileReport(1, 1, 1, 0, 0), updated);
        assertEquals(Set.of(), f.host.directory.membersOf("Partners"));

        ReconcileReport created = f.reconciler.reconcileUser("DAVE", true);
        assertEquals(new ReconcileReport(2, 1, 1, 0, 0), created);
        assertEquals(Set.of("dave"), f.host.directory.membersOf("Partners"));
        assertEquals(List.of("Acme MEMBER_ADDED RULE", "Partners MEMBER_ADDED AUTO_JOIN"),
                f.trailSince(before).stream().map(e -> e.groupName() + " " + e.action() + " " + e.cause()).toList());

        // Auto-join never removes: dave moves to another domain and leaves Acme (its rule) but not Partners.
        f.host.directory.addUser("dave", "Dave Doe", "dave@globex.example", AccountType.REPORTER);
        assertEquals(new ReconcileReport(1, 1, 0, 1, 0), f.reconciler.reconcileUser("dave", false));
        assertEquals(Set.of("dave"), f.host.directory.membersOf("Partners"));
        assertEquals(Set.of(), f.host.directory.membersOf("Acme").stream().filter("dave"::equals)
                .collect(Collectors.toSet()));

        assertEquals(ReconcileReport.NOTHING, f.reconciler.reconcileUser("nobody", true));
        assertEquals(ReconcileReport.NOTHING, f.reconciler.reconcileUser(null, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theHostsEchoOfAReconcilerChangeIsMarkedAsThePluginsOwn(DatabaseConfig config) {
        f = new ServiceFixture(config);
        long acme = dynamic("Acme", "username = \"alice\"");
        // The host reports the addition while the directory call runs, as Jira may on the calling thread.
        boolean[] markedDuringTheCall = new boolean[1];
        Directory host = f.host.directory;
        Directory watching = (Directory) Proxy.newProxyInstance(Directory.class.getClassLoader(),
                new Class<?>[]{Directory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addMember")) {
                        markedDuringTheCall[0] = f.ownMembershipChanges.inProgress(acme, "key-" + args[1], true);
                    }
                    try {
                        return method.invoke(host, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Reconciler reconciler = new Reconciler(f.groupStore, f.host.userProfiles, watching, f.cascade, f.auditTrail,
                f.ownMembershipChanges, Clock.fixed(ServiceFixture.NOW, ZoneOffset.UTC));

        reconciler.reconcileGroup(acme, null);

        assertTrue(markedDuringTheCall[0]);
        assertTrue(!f.ownMembershipChanges.inProgress(acme, "key-alice", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aUserDeletedMidPassIsSkippedAndWhoLeftBeforeAHostFailureIsRecordedAndCascaded(DatabaseConfig config) {
        f = new ServiceFixture(config);
        long acme = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
        for (String u : List.of("alice", "bob", "carol")) {
            f.host.directory.addMember("Acme", u);
        }
        IssueRef bobs = f.host.issue(20_003, "HELP-3", f.host.help, "bob");
        f.shares.share(AGENT, bobs.key(), acme, null);
        f.groupStore.setRule(acme, "username = \"nobody\"");
        int before = f.trail().size();
        // alice was deleted after her page was read; removing carol fails in the host.
        Directory host = f.host.directory;
        Directory failing = (Directory) Proxy.newProxyInstance(Directory.class.getClassLoader(),
                new Class<?>[]{Directory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("removeMember") && "alice".equals(args[1])) {
                        throw DomainException.notFound("cg.error.user.not.found", "alice");
                    }
                    if (method.getName().equals("userByName") && "alice".equals(args[0])) {
                        return Optional.empty();
                    }
                    if (method.getName().equals("removeMember") && "carol".equals(args[1])) {
                        throw new IllegalStateException("the directory is read-only");
                    }
                    try {
                        return method.invoke(host, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Reconciler reconciler = new Reconciler(f.groupStore, f.host.userProfiles, failing, f.cascade, f.auditTrail,
                f.ownMembershipChanges, Clock.fixed(ServiceFixture.NOW, ZoneOffset.UTC));

        ReconcileReport report = reconciler.reconcileGroup(acme, LEAD);

        assertEquals(1, report.left());
        assertEquals(1, report.sharesRemoved());
        assertEquals(Set.of("alice", "carol"), f.host.directory.membersOf("Acme"));
        assertEquals(List.of(), f.shareStore.groupNamesOf(bobs.id()));
        assertEquals(List.of("MEMBER_REMOVED key-bob", "SHARE_REMOVED key-bob"), f.trailSince(before).stream()
                .map(e -> e.action() + " " + e.userKey()).toList());
    }
}
