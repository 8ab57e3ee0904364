package org.customergroups.service;

import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.ViewPolicy;
import org.customergroups.service.fakes.RecordingShareNotices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every mutating use case writes exactly the audit rows it should, after the change, over the real audit store:
 * action, cause, actor, project, issue, group, user and before/after. Repeats that change nothing (idempotent
 * calls) and refused calls write nothing.
 */
class AuditedMutationsTest {

    private static final long SALES = 10_001;

    private ServiceFixture f;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** What {@code call} wrote to the trail, oldest first, one readable line per entry. */
    private List<String> written(Runnable call) {
        int before = f.trail().size();
        call.run();
        List<AuditEntry> added = f.trailSince(before);
        added.forEach(e -> assertEquals(ServiceFixture.NOW, e.at(), e::toString));
        return added.stream().map(AuditedMutationsTest::line).toList();
    }

    private void assertNothingWritten(Runnable call) {
        assertEquals(List.of(), written(call));
    }

    /** "ACTION CAUSE by=actor project= issue= group=id:name user= before=[..] after=[..]", unset parts left out. */
    static String line(AuditEntry e) {
        StringBuilder b = new StringBuilder(e.action() + " " + e.cause() + " by=" + e.actorKey());
        if (e.projectId() != null) {
            b.append(" project=").append(e.projectId());
        }
        if (e.issueId() != null) {
            b.append(" issue=").append(e.issueId());
        }
        if (e.groupId() != null || e.groupName() != null) {
            b.append(" group=").append(e.groupId()).append(':').append(e.groupName());
        }
        if (e.userKey() != null) {
            b.append(" user=").append(e.userKey());
        }
        if (e.before() != null) {
            b.append(" before=[").append(e.before()).append(']');
        }
        if (e.after() != null) {
            b.append(" after=[").append(e.after()).append(']');
        }
        return b.toString();
    }

    private long group(String name, String projectKey, String... members) {
        long id = f.groups.create(ADMIN, name, null, projectKey).group().id();
        for (String m : members) {
            f.host.directory.addMember(name, m);
        }
        return id;
    }

    // --- groups ---------------------------------------------------------------------------------------------------

    @Test
    void creatingAGroupRecordsItAndForAProjectItsCatalogEntryToo() {
        long[] ids = new long[3];
        assertEquals(List.of("GROUP_CREATED MANUAL by=key-admin group=1:Acme after=[jiraGroup: created]"),
                written(() -> ids[0] = f.groups.create(ADMIN, "Acme", null, null).group().id()));
        assertEquals(List.of(
                        "GROUP_CREATED MANUAL by=key-lead project=10000 group=2:Globex after=[jiraGroup: created]",
                        "CATALOG_ADDED MANUAL by=key-lead project=10000 group=2:Globex"),
                written(() -> ids[1] = f.groups.create(LEAD, "Globex", null, "HELP").group().id()));
        // Marking an existing Jira group (keeps Jira's spelling).
        f.host.directory.addJiraGroup("Partners");
        assertEquals(List.of("GROUP_CREATED MANUAL by=key-admin group=3:Partners after=[jiraGroup: existing]"),
                written(() -> ids[2] = f.groups.create(ADMIN, "partners", null, null).group().id()));
        assertEquals(List.of(1L, 2L, 3L), List.of(ids[0], ids[1], ids[2]));

        // Refused: a duplicate (409), a project admin outside their project (403).
        assertNothingWritten(() -> assertProblem(ProblemKind.CONFLICT, "cg.error.group.already.customer",
                () -> f.groups.create(ADMIN, "ACME", null, null)));
        assertNothingWritten(() -> assertProblem(ProblemKind.FORBIDDEN, "cg.error.group.create.project.forbidden",
                () -> f.groups.create(LEAD, "Other", null, "SALES")));
    }

    @Test
    void creatingFromTheCatalogRecordsTheGroupAndTheEntry() {
        assertEquals(List.of(
                        "GROUP_CREATED MANUAL by=key-lead project=10000 group=1:Acme after=[jiraGroup: created]",
                        "CATALOG_ADDED MANUAL by=key-lead project=10000 group=1:Acme"),
                written(() -> f.catalog.createAndAdd(LEAD, "HELP", "Acme", "Key account")));
    }

    @Test
    void updatingAGroupRecordsWhatChangedOnly() {
        long acme = group("Acme", "HELP");

        assertEquals(List.of("GROUP_UPDATED MANUAL by=key-lead group=1:Acme"
                        + " before=[description: ; viewPolicy: AGENTS_OF_USING_PROJECTS]"
                        + " after=[description: Key account; viewPolicy: ADMINS]"),
                written(() -> f.groups.update(LEAD, acme, new GroupChanges("Key account", null, null,
                        ViewPolicy.ADMINS, null))));
        assertEquals(List.of("GROUP_UPDATED MANUAL by=key-admin group=1:Acme"
                        + " before=[autoJoinDomains: ; twoFactorRequired: false]"
                        + " after=[autoJoinDomains: acme.example, acme.test; twoFactorRequired: true]"),
                written(() -> f.groups.update(ADMIN, acme, new GroupChanges(null,
                        List.of("@ACME.example", "acme.test"), true, null, null))));

        // The same values again, or nothing sent: no change, no entry.
        assertNothingWritten(() -> f.groups.update(LEAD, acme, new GroupChanges("Key account", List.of("acme.example",
                "acme.test"), true, ViewPolicy.ADMINS, null)));
        assertNothingWritten(() -> f.groups.update(LEAD, acme, new GroupChanges(null, null, null, null, null)));
        // Refused.
        assertNothingWritten(() -> assertProblem(ProblemKind.FORBIDDEN,
                "cg.error.group.update.forbidden.project.admins",
                () -> f.groups.update(AGENT, acme, new GroupChanges("x", null, null, null, null))));
        assertEquals(new GroupSettings(List.of("acme.example", "acme.test"), true, ViewPolicy.ADMINS,
                GroupSettings.defaults().updatePolicy()), f.groupStore.findById(acme).orElseThrow().settings());
    }

    @Test
    void deletingAGroupRecordsEachCatalogAndShareItTookAndThenTheGroup() {
        long acme = group("Acme", "HELP", "alice", "bob");
        f.catalog.addExisting(ADMIN, "SALES", List.of(acme));
        IssueRef help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        IssueRef help2 = f.host.issue(20_002, "HELP-2", f.host.help, "bob");
        f.shares.share(AGENT, help1.key(), acme, null);
        f.shares.share(AGENT, help2.key(), acme, null);

        assertEquals(List.of(
                        "CATALOG_REMOVED GROUP_DELETED by=key-admin project=10000 group=1:Acme",
                        "CATALOG_REMOVED GROUP_DELETED by=key-admin project=10001 group=1:Acme",
                        "SHARE_REMOVED GROUP_DELETED by=key-admin project=10000 issue=20001 group=1:Acme",
                        "SHARE_REMOVED GROUP_DELETED by=key-admin project=10000 issue=20002 group=1:Acme",
                        "GROUP_DELETED MANUAL by=key-admin group=1:Acme after=[jiraGroup: deleted]"),
                written(() -> f.groups.delete(ADMIN, acme, true)));

        long globex = group("Globex", "HELP");
        assertEquals(List.of(
                        "CATALOG_REMOVED GROUP_DELETED by=key-lead project=10000 group=2:Globex",
                        "GROUP_DELETED MANUAL by=key-lead group=2:Globex after=[jiraGroup: kept]"),
                written(() -> f.groups.delete(LEAD, globex, false)));

        // Again: 404, nothing written.
        assertNothingWritten(() -> assertProblem(ProblemKind.NOT_FOUND, "cg.error.group.not.found",
                () -> f.groups.delete(ADMIN, acme, false)));
    }

    // --- members and users ----------------------------------------------------------------------------------------

    @Test
    void addingMembersRecordsEachUserAddedNotThoseAlreadyIn() {
        long acme = group("Acme", "HELP", "alice");

        assertEquals(List.of("MEMBER_ADDED MANUAL by=key-lead group=1:Acme user=key-bob",
                        "MEMBER_ADDED MANUAL by=key-lead group=1:Acme user=key-carol"),
                written(() -> f.members.add(LEAD, acme, List.of("alice", "bob", "carol", "BOB"))));
        assertNothingWritten(() -> f.members.add(LEAD, acme, List.of("alice", "bob")));
        assertNothingWritten(() -> assertProblem(ProblemKind.INVALID, "cg.error.members.user.unknown",
                () -> f.members.add(LEAD, acme, List.of("staff", "mallory"))));
        assertNothingWritten(() -> assertProblem(ProblemKind.FORBIDDEN,
                "cg.error.group.update.forbidden.project.admins", () -> f.members.add(AGENT, acme, List.of("staff"))));
    }

    @Test
    void removingAMemberRecordsItOnlyWhenTheyWereOne() {
        long acme = group("Acme", "HELP", "alice");

        assertEquals(List.of("MEMBER_REMOVED MANUAL by=key-lead group=1:Acme user=key-alice"),
                written(() -> f.members.remove(LEAD, acme, "alice")));
        assertNothingWritten(() -> f.members.remove(LEAD, acme, "alice"));
        assertNothingWritten(() -> f.members.remove(LEAD, acme, "bob"));
    }

    @Test
    void upgradingAReporterAccountRecordsTheNewType() {
        assertEquals(List.of("USER_UPGRADED MANUAL by=key-admin user=key-alice before=[type: REPORTER]"
                        + " after=[type: STANDARD]"),
                written(() -> f.members.upgrade(ADMIN, "alice")));
        assertNothingWritten(() -> assertProblem(ProblemKind.CONFLICT, "cg.error.user.already.standard",
                () -> f.members.upgrade(ADMIN, "alice")));
        assertNothingWritten(() -> assertProblem(ProblemKind.FORBIDDEN, "cg.error.user.upgrade.forbidden",
                () -> f.members.upgrade(LEAD, "bob")));
    }

    // --- catalogs -------------------------------------------------------------------------------------------------

    @Test
    void catalogAddsRemovalsAndAutoShareSwitchesAreRecorded() {
        long acme = group("Acme", null);
        long globex = group("Globex", null);

        assertEquals(List.of("CATALOG_ADDED MANUAL by=key-admin project=10000 group=1:Acme",
                        "CATALOG_ADDED MANUAL by=key-admin project=10000 group=2:Globex"),
                written(() -> f.catalog.addExisting(ADMIN, "HELP", List.of(acme, globex))));
        assertNothingWritten(() -> f.catalog.addExisting(ADMIN, "HELP", List.of(acme)));

        assertEquals(List.of("AUTO_SHARE_CHANGED MANUAL by=key-lead project=10000 group=1:Acme before=[off] after=[on]"),
                written(() -> f.catalog.setAutoShare(LEAD, "HELP", acme, true)));
        assertNothingWritten(() -> f.catalog.setAutoShare(LEAD, "HELP", acme, true));
        assertNothingWritten(() -> f.catalog.setAutoShare(LEAD, "HELP", globex, false));
        assertEquals(List.of("AUTO_SHARE_CHANGED MANUAL by=key-lead project=10000 group=1:Acme before=[on] after=[off]"),
                written(() -> f.catalog.setAutoShare(LEAD, "HELP", acme, false)));
        assertNothingWritten(() -> assertProblem(ProblemKind.NOT_FOUND, "cg.error.catalog.group.not.in.catalog",
                () -> f.catalog.setAutoShare(ADMIN, "SALES", acme, true)));

        assertEquals(List.of("CATALOG_REMOVED MANUAL by=key-lead project=10000 group=2:Globex"),
                written(() -> f.catalog.remove(LEAD, "HELP", globex)));
        assertNothingWritten(() -> assertProblem(ProblemKind.NOT_FOUND, "cg.error.catalog.group.not.in.catalog",
                () -> f.catalog.remove(LEAD, "HELP", globex)));
        assertNothingWritten(() -> assertProblem(ProblemKind.FORBIDDEN, "cg.error.catalog.manage.forbidden",
                () -> f.catalog.remove(AGENT, "HELP", acme)));
    }

    // --- shares ---------------------------------------------------------------------------------------------------

    @Test
    void sharingAndUnsharingAreRecordedAndANewShareIsAnnounced() {
        long acme = group("Acme", "HELP");
        IssueRef help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");

        assertEquals(List.of("SHARE_ADDED MANUAL by=key-agent project=10000 issue=20001 group=1:Acme"),
                written(() -> f.shares.share(AGENT, "HELP-1", acme, null)));
        assertEquals(List.of(new RecordingShareNotices.Call(help1.id(), AGENT, List.of(acme))), f.notices.calls());

        // Shared already: no entry, no second notice.
        assertNothingWritten(() -> f.shares.share(LEAD, "help-1", null, "acme"));
        assertEquals(1, f.notices.calls().size());
        assertNothingWritten(() -> assertProblem(ProblemKind.FORBIDDEN, "cg.error.share.edit.forbidden",
                () -> f.shares.unshare(ALICE, "HELP-1", acme)));

        assertEquals(List.of("SHARE_REMOVED MANUAL by=key-lead project=10000 issue=20001 group=1:Acme"),
                written(() -> f.shares.unshare(LEAD, "HELP-1", acme)));
        assertNothingWritten(() -> assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.not.shared",
                () -> f.shares.unshare(LEAD, "HELP-1", acme)));
        assertEquals(1, f.notices.calls().size());
    }

    @Test
    void autoShareRecordsEachShareWithTheCreatorAsActor() {
        long acme = group("Acme", "HELP", "alice");
        long globex = group("Globex", "HELP", "alice");
        f.catalog.setAutoShare(ADMIN, "HELP", globex, true);
        f.catalog.setAutoShare(ADMIN, "HELP", acme, true);
        IssueRef issue = f.host.issue(20_001, "HELP-1", f.host.help, "alice");

        assertEquals(List.of("SHARE_ADDED AUTO_SHARE by=key-alice project=10000 issue=20001 group=1:Acme",
                        "SHARE_ADDED AUTO_SHARE by=key-alice project=10000 issue=20001 group=2:Globex"),
                written(() -> f.autoShare.onIssueCreated(issue.id(), ALICE)));
        assertNothingWritten(() -> f.autoShare.onIssueCreated(issue.id(), ALICE));
        // Auto-share tells no ShareNotices: the issue-created notice covers it.
        assertEquals(List.of(), f.notices.calls());

        IssueRef system = f.host.issue(20_002, "HELP-2", f.host.help, "alice");
        assertEquals(List.of("SHARE_ADDED AUTO_SHARE by=null project=10000 issue=20002 group=1:Acme",
                        "SHARE_ADDED AUTO_SHARE by=null project=10000 issue=20002 group=2:Globex"),
                written(() -> f.autoShare.onIssueCreated(system.id(), null)));
    }

    @Test
    void aReporterLeavingRecordsEachIssueThatLostTheShareWithThatReporter() {
        long acme = group("Acme", "HELP", "alice", "bob");
        f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        f.host.issue(20_002, "HELP-2", f.host.help, "bob");
        f.host.issue(20_003, "HELP-3", f.host.help, "alice");
        f.host.issue(20_004, "HELP-4", f.host.help, "carol");
        for (String key : List.of("HELP-1", "HELP-2", "HELP-3", "HELP-4")) {
            f.shares.share(AGENT, key, acme, null);
        }

        List<String> lines = written(() -> assertEquals(3,
                f.cascade.onMembershipsEnded("Acme", List.of("alice", "bob"), LEAD)));
        assertEquals(List.of(
                        "SHARE_REMOVED CASCADE by=key-lead project=10000 issue=20001 group=1:Acme user=key-alice",
                        "SHARE_REMOVED CASCADE by=key-lead project=10000 issue=20002 group=1:Acme user=key-bob",
                        "SHARE_REMOVED CASCADE by=key-lead project=10000 issue=20003 group=1:Acme user=key-alice"),
                lines.stream().sorted().toList());
        assertNothingWritten(() -> f.cascade.onMembershipsEnded("Acme", List.of("alice", "bob"), LEAD));
        assertNothingWritten(() -> f.cascade.onMembershipsEnded("jira-software-users", List.of("staff"), null));

        // The system as actor; an issue deleted meanwhile is still recorded from the share's own copies.
        f.host.issues.remove(20_004);
        assertEquals(List.of("SHARE_REMOVED CASCADE by=null project=10000 issue=20004 group=1:Acme user=key-carol"),
                written(() -> f.cascade.onMembershipsEnded("acme", List.of("carol"), null)));
    }

    @Test
    void deletingAnIssueRecordsEachShareItHad() {
        long acme = group("Acme", "HELP");
        long globex = group("Globex", "HELP");
        IssueRef help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        f.shares.share(AGENT, "HELP-1", globex, null);
        f.shares.share(AGENT, "HELP-1", acme, null);
        f.host.issues.remove(help1.id());

        assertEquals(List.of("SHARE_REMOVED ISSUE_DELETED by=null project=10000 issue=20001 group=1:Acme",
                        "SHARE_REMOVED ISSUE_DELETED by=null project=10000 issue=20001 group=2:Globex"),
                written(() -> f.upkeep.onIssueDeleted(help1.id(), null)));
        assertNothingWritten(() -> f.upkeep.onIssueDeleted(help1.id(), null));
        // An issue that had no shares.
        assertNothingWritten(() -> f.upkeep.onIssueDeleted(20_099, null));

        IssueRef help2 = f.host.issue(20_002, "HELP-2", f.host.help, "bob");
        f.shares.share(AGENT, "HELP-2", acme, null);
        assertEquals(List.of("SHARE_REMOVED ISSUE_DELETED by=key-agent project=10000 issue=20002 group=1:Acme"),
                written(() -> f.upkeep.onIssueDeleted(help2.id(), AGENT)));
    }

    @Test
    void updatingAnIssueChangesNoShareAndWritesNothing() {
        long acme = group("Acme", "HELP");
        IssueRef help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        f.shares.share(AGENT, "HELP-1", acme, null);
        f.host.issue(help1.id(), "SALES-1", f.host.sales, "bob");

        assertNothingWritten(() -> f.upkeep.onIssueUpdated(help1.id()));
        assertEquals(SALES, f.shareStore.ofIssue(help1.id()).get(0).projectId());
    }

    @Test
    void readsWriteNothing() {
        long acme = group("Acme", "HELP", "alice");
        f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        f.shares.share(AGENT, "HELP-1", acme, null);

        assertNothingWritten(() -> {
            f.groups.get(ADMIN, acme);
            f.groups.usage(ADMIN, acme);
            f.members.members(LEAD, acme, null, new PageRequest(0, 10));
            f.catalog.list(AGENT, "HELP", new PageRequest(0, 10));
            f.shares.list(AGENT, "HELP-1");
            f.explainer.explain(AGENT, "HELP-1", "alice");
            f.audit.find(ADMIN, AuditFilter.none(), new PageRequest(0, 10));
            f.audit.settings(ADMIN);
        });
        assertNothingWritten(() -> assertProblem(ProblemKind.FORBIDDEN, "cg.error.audit.admin.required",
                () -> f.audit.find(STAFF, AuditFilter.none(), new PageRequest(0, 10))));
    }
}
