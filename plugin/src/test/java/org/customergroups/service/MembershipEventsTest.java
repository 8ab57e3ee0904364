package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.port.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Membership changes reported by the host (Jira's user management, a directory synchronisation), over the real
 * audit store: recorded with cause DIRECTORY, except the host's reports of the plugin's own changes.
 */
class MembershipEventsTest {

    private static final String BOB = "key-bob";

    private ServiceFixture f;
    private long acme;
    private int before;

    @BeforeEach
    void open() {
        f = new ServiceFixture();
        acme = f.groups.create(LEAD, "Acme", null, "HELP").group().id();
        before = f.trail().size();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static String row(AuditEntry e) {
        return e.action() + " " + e.cause() + " " + e.groupId() + "/" + e.groupName() + " " + e.userKey() + " by "
                + e.actorKey() + " at " + e.at();
    }

    private List<String> newRows() {
        return f.trailSince(before).stream().map(MembershipEventsTest::row).toList();
    }

    private String directory(AuditAction action, String userKey, String actorKey) {
        return action + " DIRECTORY " + acme + "/Acme " + userKey + " by " + actorKey + " at " + ServiceFixture.NOW;
    }

    @Test
    void joinsAndLeavesOfACustomerGroupAreRecordedByWhoMadeThem() {
        // Crowd spells the group and users as it likes; the entry names the group as the plugin knows it.
        assertEquals(2, f.membershipEvents.onDirectoryChange("acme", List.of("alice", "BOB"), true, ADMIN));
        assertEquals(1, f.membershipEvents.onDirectoryChange("ACME", List.of("bob"), false, null));

        assertEquals(List.of(
                directory(AuditAction.MEMBER_ADDED, ALICE, ADMIN),
                directory(AuditAction.MEMBER_ADDED, BOB, ADMIN),
                directory(AuditAction.MEMBER_REMOVED, BOB, null)), newRows());
        assertTrue(f.trailSince(before).stream().allMatch(e -> e.projectId() == null && e.issueId() == null));
    }

    @Test
    void groupsThatAreNotCustomerGroupsAreIgnored() {
        assertEquals(0, f.membershipEvents.onDirectoryChange("jira-software-users", List.of("alice"), true, ADMIN));
        assertEquals(0, f.membershipEvents.onDirectoryChange("No such group", List.of("alice"), false, ADMIN));
        assertEquals(0, f.membershipEvents.onDirectoryChange(null, List.of("alice"), false, ADMIN));

        assertEquals(List.of(), newRows());
    }

    @Test
    void unknownAndBlankUsernamesAreSkipped() {
        assertEquals(1, f.membershipEvents.onDirectoryChange("Acme", Arrays.asList("ghost", null, " ", "alice"),
                true, ADMIN));
        assertEquals(0, f.membershipEvents.onDirectoryChange("Acme", List.of("ghost"), false, ADMIN));
        assertEquals(0, f.membershipEvents.onDirectoryChange("Acme", List.of(), false, ADMIN));

        assertEquals(List.of(directory(AuditAction.MEMBER_ADDED, ALICE, ADMIN)), newRows());
    }

    @Test
    void theHostsLaterReportOfThePluginsOwnChangeIsNotRecordedAgain() {
        f.members.add(LEAD, acme, List.of("alice"));
        f.members.remove(LEAD, acme, "alice");
        int manual = f.trail().size();

        // Jira's events for the same two changes, delivered after the plugin wrote its MANUAL entries
        assertEquals(0, f.membershipEvents.onDirectoryChange("Acme", List.of("alice"), true, LEAD));
        assertEquals(0, f.membershipEvents.onDirectoryChange("Acme", List.of("alice"), false, LEAD));
        // one event for several users: only those the plugin did not just change are recorded
        assertEquals(1, f.membershipEvents.onDirectoryChange("Acme", List.of("alice", "bob"), true, ADMIN));

        assertEquals(manual + 1, f.trail().size());
        assertEquals(List.of(directory(AuditAction.MEMBER_ADDED, BOB, ADMIN)),
                f.trailSince(manual).stream().map(MembershipEventsTest::row).toList());
    }

    @Test
    void onlyAManualEntryOfTheSameChangeForTheSameUserAndGroupCounts() {
        long globex = f.groups.create(LEAD, "Globex", null, "HELP").group().id();
        // alice as the actor of adding bob, alice removed by hand, alice added to another group: none is
        // the plugin's addition of alice to Acme.
        f.auditTrail.recordAll(List.of(
                AuditEntry.of(AuditAction.MEMBER_ADDED, AuditCause.MANUAL, ALICE, ServiceFixture.NOW)
                        .group(acme, "Acme").user(BOB).build(),
                AuditEntry.of(AuditAction.MEMBER_REMOVED, AuditCause.MANUAL, LEAD, ServiceFixture.NOW)
                        .group(acme, "Acme").user(ALICE).build(),
                AuditEntry.of(AuditAction.MEMBER_ADDED, AuditCause.MANUAL, LEAD, ServiceFixture.NOW)
                        .group(globex, "Globex").user(ALICE).build(),
                AuditEntry.of(AuditAction.MEMBER_ADDED, AuditCause.DIRECTORY, ADMIN, ServiceFixture.NOW)
                        .group(acme, "Acme").user(ALICE).build()));
        int seeded = f.trail().size();

        assertEquals(1, f.membershipEvents.onDirectoryChange("Acme", List.of("alice"), true, ADMIN));

        assertEquals(List.of(directory(AuditAction.MEMBER_ADDED, ALICE, ADMIN)),
                f.trailSince(seeded).stream().map(MembershipEventsTest::row).toList());
    }

    @Test
    void aChangeInJirasUserManagementAfterThePluginsOwnIsNotTakenForItsEcho() {
        f.members.add(LEAD, acme, List.of("alice"));
        // Within the echo window, an administrator removes alice in Jira's user management and adds her again.
        assertEquals(1, f.membershipEvents.onDirectoryChange("Acme", List.of("alice"), false, ADMIN));
        assertEquals(1, f.membershipEvents.onDirectoryChange("Acme", List.of("alice"), true, ADMIN));

        assertEquals(List.of(
                "MEMBER_ADDED MANUAL " + acme + "/Acme " + ALICE + " by " + LEAD + " at " + ServiceFixture.NOW,
                directory(AuditAction.MEMBER_REMOVED, ALICE, ADMIN),
                directory(AuditAction.MEMBER_ADDED, ALICE, ADMIN)), newRows());
    }

    @Test
    void aManualEntryOlderThanTwoMinutesIsAnEarlierChange() {
        f.members.add(LEAD, acme, List.of("alice", "bob"));
        int manual = f.trail().size();
        MembershipEvents atTheEdge = events(Clock.fixed(ServiceFixture.NOW.plus(MembershipEvents.ECHO_WINDOW),
                ZoneOffset.UTC));
        MembershipEvents later = events(Clock.fixed(ServiceFixture.NOW.plus(MembershipEvents.ECHO_WINDOW)
                .plus(Duration.ofSeconds(1)), ZoneOffset.UTC));

        assertEquals(0, atTheEdge.onDirectoryChange("Acme", List.of("alice"), true, ADMIN));
        assertEquals(1, later.onDirectoryChange("Acme", List.of("bob"), true, ADMIN));

        List<AuditEntry> rows = f.trailSince(manual);
        assertEquals(1, rows.size());
        assertEquals(AuditCause.DIRECTORY, rows.get(0).cause());
        assertEquals(BOB, rows.get(0).userKey());
        assertEquals(ServiceFixture.NOW.plus(Duration.ofSeconds(121)), rows.get(0).at());
    }

    @Test
    void theHostsReportDuringThePluginsOwnChangeIsNotRecorded() {
        // A directory that fires the host's event on the calling thread, inside the directory call, as Jira may:
        // the plugin has not written its MANUAL entry yet at that moment.
        MembershipService members = new MembershipService(f.groupStore, firingEvents(f.host.directory),
                f.adminPeers, f.access, f.auditTrail, f.ownMembershipChanges, f.adminReindex,
                Clock.fixed(ServiceFixture.NOW, ZoneOffset.UTC));

        members.add(LEAD, acme, List.of("alice", "bob"));
        members.remove(LEAD, acme, "bob");

        assertEquals(List.of(
                "MEMBER_ADDED MANUAL " + acme + "/Acme " + ALICE + " by " + LEAD + " at " + ServiceFixture.NOW,
                "MEMBER_ADDED MANUAL " + acme + "/Acme " + BOB + " by " + LEAD + " at " + ServiceFixture.NOW,
                "MEMBER_REMOVED MANUAL " + acme + "/Acme " + BOB + " by " + LEAD + " at " + ServiceFixture.NOW),
                newRows());
        assertFalse(f.ownMembershipChanges.inProgress(acme, ALICE, true), "nothing stays marked");
        assertFalse(f.ownMembershipChanges.inProgress(acme, BOB, false), "nothing stays marked");
    }

    @Test
    void aChangeMarkedInProgressHidesOnlyThatChange() {
        f.ownMembershipChanges.during(acme, List.of(ALICE), true, () -> {
            assertEquals(0, f.membershipEvents.onDirectoryChange("Acme", List.of("alice"), true, LEAD));
            assertEquals(1, f.membershipEvents.onDirectoryChange("Acme", List.of("alice"), false, ADMIN));
            assertEquals(1, f.membershipEvents.onDirectoryChange("Acme", List.of("bob"), true, ADMIN));
            return null;
        });

        assertEquals(List.of(
                directory(AuditAction.MEMBER_REMOVED, ALICE, ADMIN),
                directory(AuditAction.MEMBER_ADDED, BOB, ADMIN)), newRows());
    }

    @Test
    void overlappingChangesStayMarkedUntilTheLastEndsAndAFailedChangeIsUnmarked() {
        OwnMembershipChanges own = new OwnMembershipChanges();

        own.during(acme, List.of(ALICE), true, () -> {
            own.during(acme, List.of(ALICE), true, () -> null);
            assertTrue(own.inProgress(acme, ALICE, true), "the outer change still runs");
            return null;
        });
        assertFalse(own.inProgress(acme, ALICE, true));

        assertThrows(IllegalStateException.class, () -> own.during(acme, List.of(ALICE), false, () -> {
            throw new IllegalStateException("directory down");
        }));
        assertFalse(own.inProgress(acme, ALICE, false));
    }

    private MembershipEvents events(Clock clock) {
        return new MembershipEvents(f.groupStore, f.host.directory, f.auditStore, f.auditTrail,
                f.ownMembershipChanges, f.adminReindex, clock);
    }

    /** {@code directory}, firing the host's membership event into the plugin whenever a membership changes. */
    private Directory firingEvents(Directory directory) {
        return (Directory) Proxy.newProxyInstance(Directory.class.getClassLoader(), new Class<?>[] {Directory.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(directory, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    boolean joined = method.getName().equals("addMember");
                    if ((joined || method.getName().equals("removeMember")) && Boolean.TRUE.equals(result)) {
                        f.membershipEvents.onDirectoryChange((String) args[0], List.of((String) args[1]), joined,
                                LEAD);
                    }
                    return result;
                });
    }
}
