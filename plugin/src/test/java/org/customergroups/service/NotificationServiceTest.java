package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.DeliveryMode;
import org.customergroups.domain.DigestEntry;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.NoticeKind;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.Subscription;
import org.customergroups.port.Issues;
import org.customergroups.service.fakes.StubLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who gets "Shared with my customer groups" mail, over the real subscription, digest and share stores on H2: the
 * outbox, templates and links are recording stand-ins for the host's mail edges.
 * HELP-1 (reported by alice) is shared with Acme: alice, bob (reporter accounts), agent (agent of HELP) and staff
 * (standard user who may browse HELP-1).
 */
class NotificationServiceTest {

    private static final String AGENT_MAIL = "agent@example.com";
    private static final String STAFF_MAIL = "staff@example.com";
    private static final String ALICE_MAIL = "alice@acme.example";
    private static final String BOB = "key-bob";

    private NotificationFixture f;
    private IssueRef help1;
    private long acme;

    @BeforeEach
    void open() {
        f = new NotificationFixture();
        help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        f.host.permissions.browser(STAFF, help1.id());
        acme = f.group("Acme", "alice", "bob", "staff", "agent");
        f.share(help1, acme);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void byDefaultStandardUsersAreMailedAndReporterAccountsAreNot() {
        f.notifications.issueCreated(help1.id(), LEAD);

        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());
        OutgoingMail mail = f.outbox.sent().get(1);
        assertEquals("Stef Staff", mail.toName());
        assertEquals("CREATED HELP-1", mail.subject());
        assertEquals("CREATED HELP-1 " + StubLinks.BASE + "/browse/HELP-1 | Summary of HELP-1 | Leo Lead | null | "
                + "null>null | null", mail.htmlBody());
    }

    /** The subscription matrix: stored on, stored off, or the default of the account type. */
    @ParameterizedTest(name = "{0} stored {1}: mailed {2}")
    @CsvSource(nullValues = "-", value = {
            "STANDARD, -,   true",
            "STANDARD, on,  true",
            "STANDARD, off, false",
            "REPORTER, -,   false",
            "REPORTER, on,  true",
            "REPORTER, off, false",
    })
    void subscriptionOnOffOrDefault(AccountType type, String stored, boolean mailed) {
        String key = f.user("u", type, true).key();
        f.host.permissions.browser(key, help1.id());
        f.share(help1, f.group("Matrix", "u"));
        if (stored != null) {
            f.subscriptionStore.save(new Subscription(key, stored.equals("on"), DeliveryMode.IMMEDIATE));
        }

        f.notifications.statusChanged(help1.id(), LEAD, "Open", "Done", null);

        assertEquals(mailed, f.outbox.addresses().contains("u@example.org"), f.outbox.addresses()::toString);
    }

    @Test
    void theActorIsNeverMailed() {
        f.notifications.commented(help1.id(), STAFF, "I looked into it", false);

        assertEquals(List.of(AGENT_MAIL), f.outbox.addresses());
        assertTrue(f.outbox.sent().get(0).htmlBody().contains("| Stef Staff | I looked into it |"));
    }

    @Test
    void aMemberOfTwoSharedGroupsIsMailedOncePerEvent() {
        long globex = f.group("Globex", "staff", "carol", "agent");
        f.share(help1, globex);

        f.notifications.statusChanged(help1.id(), LEAD, "Open", "Waiting", null);
        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());

        f.outbox.clear();
        f.notifications.shared(help1.id(), LEAD, List.of(globex, acme));
        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());
        // Told as a member of the first group by name.
        assertTrue(f.outbox.sent().get(1).htmlBody().endsWith("| Acme"), f.outbox.sent().get(1)::htmlBody);

        f.outbox.clear();
        f.notifications.statusChanged(help1.id(), LEAD, "Waiting", "Done", null);
        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses(), "each event mails once");
    }

    @Test
    void internalCommentsNotifyNobody() {
        f.subscriptionStore.save(new Subscription(STAFF, true, DeliveryMode.DIGEST));
        f.subscriptionStore.save(new Subscription(ALICE, true, DeliveryMode.IMMEDIATE));

        f.notifications.commented(help1.id(), LEAD, "Between agents only", true);

        assertEquals(List.of(), f.outbox.sent());
        assertEquals(List.of(), f.digestStore.waitingUsers(null, 10));

        f.notifications.commented(help1.id(), LEAD, "Public answer", false);
        assertEquals(List.of(AGENT_MAIL, ALICE_MAIL), f.outbox.addresses());
        assertEquals(List.of(STAFF), f.digestStore.waitingUsers(null, 10));
    }

    @Test
    void longCommentsAreCutForMail() {
        String longText = "x".repeat(4_000) + "END";

        f.notifications.commented(help1.id(), LEAD, longText, false);

        String body = f.outbox.sent().get(0).htmlBody();
        assertTrue(body.contains("x".repeat(NotificationService.MAX_COMMENT - 1) + "\u2026 |"), body);
        assertFalse(body.contains("END"));
        assertEquals("short", NotificationService.cut("short"));
        assertEquals(null, NotificationService.cut(null));
        String atLimit = "y".repeat(NotificationService.MAX_COMMENT);
        assertEquals(atLimit, NotificationService.cut(atLimit));
        // Never half of a character outside the BMP.
        String emoji = "a".repeat(NotificationService.MAX_COMMENT - 2) + "\uD83D\uDE00" + "tail";
        String cut = NotificationService.cut(emoji);
        assertEquals(NotificationService.MAX_COMMENT - 1, cut.length());
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)));
    }

    @Test
    void digestSubscribersGetADigestEntryInsteadOfAMail() {
        f.subscriptionStore.save(new Subscription(STAFF, true, DeliveryMode.DIGEST));

        f.notifications.commented(help1.id(), LEAD, "Fixed", false);

        assertEquals(List.of(AGENT_MAIL), f.outbox.addresses());
        List<DigestEntry> waiting = f.digestStore.of(STAFF, 10);
        assertEquals(1, waiting.size());
        assertEquals(STAFF, waiting.get(0).userKey());
        assertEquals(NoticeKind.COMMENTED, waiting.get(0).notice().kind());
        assertEquals(help1.id(), waiting.get(0).notice().issueId());
        assertEquals("HELP-1", waiting.get(0).notice().issueKey());
        assertEquals("Summary of HELP-1", waiting.get(0).notice().summary());
        assertEquals("Leo Lead", waiting.get(0).notice().actorName());
        assertEquals("Fixed", waiting.get(0).notice().comment());
        assertEquals(NotificationFixture.NOW, waiting.get(0).notice().at());
    }

    @Test
    void standardUsersWhoCannotBrowseTheIssueAreNotTold() {
        f.user("nosee", AccountType.STANDARD, true);
        f.host.directory.addMember("Acme", "nosee");
        // Reporter accounts reach shared tickets through the portal: their group membership is their access.
        f.subscriptionStore.save(new Subscription(BOB, true, DeliveryMode.IMMEDIATE));

        f.notifications.issueCreated(help1.id(), LEAD);

        assertEquals(List.of(AGENT_MAIL, "bob@acme.example", STAFF_MAIL), f.outbox.addresses());
    }

    @Test
    void reporterAccountsGetThePortalLinkAndStandardUsersTheIssue() {
        f.subscriptionStore.save(new Subscription(ALICE, true, DeliveryMode.IMMEDIATE));

        f.notifications.issueCreated(help1.id(), LEAD);

        assertEquals(List.of(AGENT_MAIL, ALICE_MAIL, STAFF_MAIL), f.outbox.addresses());
        assertTrue(f.outbox.sent().get(1).htmlBody()
                .startsWith("CREATED HELP-1 " + StubLinks.BASE + "/plugins/servlet/customer-groups/portal/HELP-1 |"));
        assertTrue(f.outbox.sent().get(2).htmlBody().startsWith("CREATED HELP-1 " + StubLinks.BASE + "/browse/HELP-1 |"));
    }

    @Test
    void usersWithoutEmailAreSkipped() {
        f.user("nomail", AccountType.STANDARD, false);
        f.host.permissions.browser("key-nomail", help1.id());
        f.host.directory.addMember("Acme", "nomail");

        f.notifications.issueCreated(help1.id(), LEAD);

        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());
    }

    @Test
    void aLargeGroupIsReadAPageAtATimeAndEveryMemberIsMailedOnce() {
        IssueRef help2 = f.host.issue(20_002, "HELP-2", f.host.help, "carol");
        String[] members = IntStream.range(0, 250).mapToObj(i -> String.format("m%03d", i)).toArray(String[]::new);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < members.length; i++) {
            String key = f.user(members[i], AccountType.STANDARD, true).key();
            f.host.permissions.browser(key, help2.id());
            if (i % 10 == 0) {
                f.subscriptionStore.save(new Subscription(key, false, DeliveryMode.IMMEDIATE));
            } else {
                expected.add(members[i] + "@example.org");
            }
        }
        f.share(help2, f.group("Big", members));
        f.directory.memberPages.clear();

        f.notifications.issueCreated(help2.id(), LEAD);

        assertEquals(225, f.outbox.sent().size());
        assertEquals(expected, Set.copyOf(f.outbox.addresses()));
        assertEquals(List.of(0, 100, 200), f.directory.memberPages.stream().map(p -> p.start()).toList());
    }

    @Test
    void aFailingMailForOneRecipientDoesNotStopTheOthers() {
        f.outbox.failFor(AGENT_MAIL);

        assertDoesNotThrow(() -> f.notifications.issueCreated(help1.id(), LEAD));

        assertEquals(List.of(STAFF_MAIL), f.outbox.addresses());
    }

    @Test
    void aGroupThatCannotBeReadDoesNotStopTheOthers() {
        long gone = f.group("Aardvarks", "lead");
        f.share(help1, gone);
        f.host.directory.deleteGroup("Aardvarks");

        assertDoesNotThrow(() -> f.notifications.issueCreated(help1.id(), ALICE));

        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());
    }

    @Test
    void aFailingHostNeverThrowsIntoTheCaller() {
        Issues broken = new Issues() {
            @Override
            public Optional<IssueRef> byKey(String key) {
                throw new IllegalStateException("down");
            }

            @Override
            public Optional<IssueRef> byId(long id) {
                throw new IllegalStateException("down");
            }

            @Override
            public Optional<String> summaryOf(long id) {
                throw new IllegalStateException("down");
            }
        };
        NotificationService service = new NotificationService(f.shareStore, f.groupStore, broken, f.directory,
                f.host.permissions, f.subscriptionStore, f.digestStore, f.templates, f.outbox, f.links,
                java.time.Clock.systemUTC());

        assertDoesNotThrow(() -> service.issueCreated(help1.id(), LEAD));
        assertDoesNotThrow(() -> service.commented(help1.id(), LEAD, "x", false));
        assertDoesNotThrow(() -> service.statusChanged(help1.id(), LEAD, "a", "b", null));
        assertDoesNotThrow(() -> service.shared(help1.id(), LEAD, List.of(acme)));
        assertEquals(List.of(), f.outbox.sent());

        f.notifications.shared(help1.id(), LEAD, java.util.Arrays.asList(null, acme));
        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());
    }

    @Test
    void unknownAndUnsharedIssuesNotifyNobody() {
        IssueRef help3 = f.host.issue(20_003, "HELP-3", f.host.help, "alice");

        f.notifications.issueCreated(99_999, LEAD);
        f.notifications.issueCreated(help3.id(), LEAD);
        f.notifications.commented(help3.id(), LEAD, "hello", false);
        f.notifications.shared(help3.id(), LEAD, List.of(acme));

        assertEquals(List.of(), f.outbox.sent());
    }

    @Test
    void aShareTellsOnlyTheMembersOfTheNewlySharedGroups() {
        f.subscriptionStore.save(new Subscription("key-carol", true, DeliveryMode.IMMEDIATE));
        long globex = f.group("Globex", "carol");
        long notShared = f.group("Initech", "lead");
        f.share(help1, globex);

        f.notifications.shared(help1.id(), AGENT, List.of(globex, notShared));
        f.notifications.shared(help1.id(), AGENT, List.of());
        f.notifications.shared(help1.id(), AGENT, null);

        assertEquals(List.of("carol@globex.example"), f.outbox.addresses());
        OutgoingMail mail = f.outbox.sent().get(0);
        assertEquals("SHARED HELP-1", mail.subject());
        assertTrue(mail.htmlBody().endsWith("| Agnes Agent | null | null>null | Globex"), mail.htmlBody());
    }

    @Test
    void statusChangesCarryBothStatuses() {
        f.notifications.statusChanged(help1.id(), null, "Open", "Resolved", null);

        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());
        assertTrue(f.outbox.sent().get(0).htmlBody().endsWith("| Summary of HELP-1 | null | null | Open>Resolved | null"),
                f.outbox.sent().get(0)::htmlBody);
    }

    @Test
    void aStatusChangeTellsThePublicCommentMadeWithItInTheSameMail() {
        f.notifications.statusChanged(help1.id(), null, "Open", "Resolved", "Fixed by a restart.");

        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());
        assertTrue(f.outbox.sent().get(0).htmlBody().endsWith(
                        "| Summary of HELP-1 | null | Fixed by a restart. | Open>Resolved | null"),
                f.outbox.sent().get(0)::htmlBody);
    }
}
