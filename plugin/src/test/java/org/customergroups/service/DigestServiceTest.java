package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.DeliveryMode;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Notice;
import org.customergroups.domain.NoticeKind;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.Subscription;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.MailOutbox;
import org.customergroups.service.fakes.StubLinks;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily digest over the real digest store (H2; the end-to-end test also on PostgreSQL when configured). */
class DigestServiceTest {

    private static final String AGENT_MAIL = "agent@example.com";
    private static final String STAFF_MAIL = "staff@example.com";

    private NotificationFixture f;
    private IssueRef help1;
    private IssueRef help2;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    private void open(NotificationFixture fixture) {
        f = fixture;
        help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        help2 = f.host.issue(20_002, "HELP-2", f.host.help, "carol");
        f.host.permissions.browser(STAFF, help1.id()).browser(STAFF, help2.id());
    }

    private void open() {
        open(new NotificationFixture());
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private void waiting(String userKey, IssueRef issue, String... comments) {
        for (String c : comments) {
            f.digestStore.add(userKey, new Notice(NoticeKind.COMMENTED, issue.id(), issue.key(),
                    "Summary of " + issue.key(), "Leo Lead", c, null, null, null, NotificationFixture.NOW));
        }
    }

    private static List<String> lines(OutgoingMail mail) {
        return Arrays.asList(mail.htmlBody().split("\n"));
    }

    @Test
    void eachWaitingUserGetsOneMailWithTheirNoticesOldestFirst() {
        open();
        waiting(STAFF, help1, "first", "second");
        waiting(STAFF, help2, "third");
        waiting(AGENT, help1, "only");

        assertEquals(2, f.digests.sendDigests());

        assertEquals(List.of(AGENT_MAIL, STAFF_MAIL), f.outbox.addresses());
        OutgoingMail staff = f.outbox.sent().get(1);
        assertEquals("DIGEST 3", staff.subject());
        assertEquals(List.of(
                "COMMENTED HELP-1 " + StubLinks.BASE + "/browse/HELP-1 | Summary of HELP-1 | Leo Lead | first | null>null | null",
                "COMMENTED HELP-1 " + StubLinks.BASE + "/browse/HELP-1 | Summary of HELP-1 | Leo Lead | second | null>null | null",
                "COMMENTED HELP-2 " + StubLinks.BASE + "/browse/HELP-2 | Summary of HELP-2 | Leo Lead | third | null>null | null"),
                lines(staff));
        assertEquals(List.of(), f.digestStore.waitingUsers(null, 10));

        f.outbox.clear();
        assertEquals(0, f.digests.sendDigests(), "sent notices are gone");
        assertEquals(List.of(), f.outbox.sent());
    }

    @Test
    void aMailCarriesAtMostTheCapAndTheRestWaitsForTheNextRun() {
        open();
        String[] comments = new String[DigestService.MAX_PER_MAIL + 5];
        for (int i = 0; i < comments.length; i++) {
            comments[i] = "c" + i;
        }
        waiting(AGENT, help1, comments);

        assertEquals(1, f.digests.sendDigests());
        assertEquals("DIGEST " + DigestService.MAX_PER_MAIL, f.outbox.sent().get(0).subject());
        assertTrue(lines(f.outbox.sent().get(0)).get(0).contains("| c0 |"));
        assertEquals(5, f.digestStore.of(AGENT, 1_000).size());

        f.outbox.clear();
        assertEquals(1, f.digests.sendDigests());
        assertEquals("DIGEST 5", f.outbox.sent().get(0).subject());
        assertTrue(lines(f.outbox.sent().get(0)).get(0).contains("| c" + DigestService.MAX_PER_MAIL + " |"));
        assertEquals(List.of(), f.digestStore.waitingUsers(null, 10));
    }

    @Test
    void manyWaitingUsersAreAllMailedOnceInOneRun() {
        open();
        int users = DigestService.USERS_PER_PAGE * 2 + 30;
        for (int i = 0; i < users; i++) {
            String key = f.user(String.format("d%03d", i), AccountType.STANDARD, true).key();
            f.host.permissions.browser(key, help1.id());
            waiting(key, help1, "hello");
        }
        // The agent sorts first and keeps notices over the cap: the run must still reach everybody after them.
        String[] many = new String[DigestService.MAX_PER_MAIL + 1];
        Arrays.fill(many, "x");
        waiting(AGENT, help1, many);

        assertEquals(users + 1, f.digests.sendDigests());

        assertEquals(users + 1, f.outbox.sent().size());
        assertEquals(users + 1, f.outbox.addresses().stream().distinct().count());
        assertEquals(List.of(AGENT), f.digestStore.waitingUsers(null, 10));
        assertEquals(1, f.digestStore.of(AGENT, 10).size());
    }

    @Test
    void noticesArrivingForUsersAlreadyMailedWaitForTheNextRunAndDoNotEndTheRunEarly() {
        open();
        int users = DigestService.USERS_PER_PAGE * 2 + 30;
        Map<String, String> keyByAddress = new HashMap<>();
        for (int i = 0; i < users; i++) {
            UserSummary u = f.user(String.format("d%03d", i), AccountType.STANDARD, true);
            keyByAddress.put(u.email(), u.key());
            f.host.permissions.browser(u.key(), help1.id());
            waiting(u.key(), help1, "before the run");
        }
        // While the run goes on, each user already mailed gets a new notice as the next mail leaves: by the end
        // of the first page a whole page of users is waiting again, behind the cursor.
        List<String> mailed = new ArrayList<>();
        MailOutbox busyOutbox = mail -> {
            f.outbox.send(mail);
            if (!mailed.isEmpty()) {
                waiting(mailed.get(mailed.size() - 1), help1, "during the run");
            }
            mailed.add(keyByAddress.get(mail.toAddress()));
        };
        DigestService digests = new DigestService(f.digestStore, f.directory, f.host.issues, f.host.permissions,
                f.templates, busyOutbox, f.links);

        assertEquals(users, digests.sendDigests());

        assertEquals(users, f.outbox.sent().size());
        assertEquals(users, f.outbox.addresses().stream().distinct().count(), "one mail per user");
        assertEquals(keyByAddress.keySet(), Set.copyOf(f.outbox.addresses()));
        assertTrue(f.outbox.sent().stream().allMatch(m -> m.htmlBody().contains("| before the run |")
                && !m.htmlBody().contains("during the run")));
        List<String> again = mailed.subList(0, users - 1);
        assertEquals(again.size(), f.digestStore.waitingUsers(null, users).size());
        assertEquals(Set.copyOf(again), Set.copyOf(f.digestStore.waitingUsers(null, users)));

        f.outbox.clear();
        assertEquals(users - 1, f.digests.sendDigests(), "the new notices go out in the next run");
        assertTrue(f.outbox.sent().stream().allMatch(m -> m.htmlBody().contains("| during the run |")));
        assertEquals(List.of(), f.digestStore.waitingUsers(null, 10));
    }

    @Test
    void usersWhoAreGoneOrHaveNoEmailLoseTheirNotices() {
        open();
        f.user("nomail", AccountType.STANDARD, false);
        f.host.permissions.browser("key-nomail", help1.id());
        waiting("key-nomail", help1, "a", "b");
        waiting("key-ghost", help1, "c", "d", "e");
        waiting(STAFF, help1, "f");

        assertEquals(1, f.digests.sendDigests());

        assertEquals(List.of(STAFF_MAIL), f.outbox.addresses());
        assertEquals(List.of(), f.digestStore.waitingUsers(null, 10));
    }

    @Test
    void whenTheOutboxRefusesAMailItsNoticesWaitForTheNextRun() {
        open();
        waiting(AGENT, help1, "a", "b");
        waiting(STAFF, help1, "c");
        f.outbox.failFor(AGENT_MAIL);

        assertEquals(1, f.digests.sendDigests());
        assertEquals(List.of(STAFF_MAIL), f.outbox.addresses());
        assertEquals(List.of(AGENT), f.digestStore.waitingUsers(null, 10));
        assertEquals(2, f.digestStore.of(AGENT, 10).size());

        f.outbox.heal();
        f.outbox.clear();
        assertEquals(1, f.digests.sendDigests());
        assertEquals(List.of(AGENT_MAIL), f.outbox.addresses());
        assertEquals("DIGEST 2", f.outbox.sent().get(0).subject());
    }

    @Test
    void noticesOfGoneOrHiddenIssuesAreDroppedAndMovedIssuesUseTheirCurrentKey() {
        open();
        IssueRef help3 = f.host.issue(20_003, "HELP-3", f.host.help, "alice");
        IssueRef help4 = f.host.issue(20_004, "HELP-4", f.host.help, "alice");
        f.host.permissions.browser(STAFF, help3.id());
        waiting(STAFF, help1, "moved");
        waiting(STAFF, help3, "deleted");
        waiting(STAFF, help4, "hidden"); // staff may not browse HELP-4
        f.host.issues.remove(help3.id());
        f.host.issues.put(new IssueRef(help1.id(), "SALES-7", f.host.sales.id(), "SALES", help1.reporterKey(),
                help1.reporterUsername()));
        f.host.permissions.browser(STAFF, help1.id());

        assertEquals(1, f.digests.sendDigests());

        assertEquals(List.of("COMMENTED SALES-7 " + StubLinks.BASE
                        + "/browse/SALES-7 | Summary of HELP-1 | Leo Lead | moved | null>null | null"),
                lines(f.outbox.sent().get(0)));
        assertEquals(List.of(), f.digestStore.waitingUsers(null, 10));

        waiting(STAFF, help4, "hidden again");
        f.outbox.clear();
        assertEquals(0, f.digests.sendDigests(), "nothing left to tell: no mail");
        assertEquals(List.of(), f.outbox.sent());
        assertEquals(List.of(), f.digestStore.waitingUsers(null, 10));
    }

    @Test
    void reporterAccountsGetPortalLinks() {
        open();
        waiting(ALICE, help1, "for alice");

        assertEquals(1, f.digests.sendDigests());

        assertEquals(List.of("alice@acme.example"), f.outbox.addresses());
        assertTrue(f.outbox.sent().get(0).htmlBody()
                .startsWith("COMMENTED HELP-1 " + StubLinks.BASE + "/plugins/servlet/customer-groups/portal/HELP-1 |"));
    }

    @Test
    void nothingWaitingSendsNothing() {
        open();
        assertEquals(0, f.digests.sendDigests());
        assertEquals(List.of(), f.outbox.sent());
    }

    /** From the event to the digest mail: digest subscribers get one mail for the day, immediate ones one per event. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void digestSubscribersGetTheDaysEventsInOneMail(DatabaseConfig config) {
        open(new NotificationFixture(config));
        long acme = f.group("Acme", "staff", "agent");
        f.share(help1, acme);
        f.subscriptionStore.save(new Subscription(STAFF, true, DeliveryMode.DIGEST));

        f.notifications.commented(help1.id(), LEAD, "one", false);
        f.notifications.commented(help1.id(), LEAD, "secret", true);
        f.notifications.statusChanged(help1.id(), LEAD, "Open", "Done", null);
        f.notifications.shared(help1.id(), LEAD, List.of(acme));
        assertEquals(List.of(AGENT_MAIL, AGENT_MAIL, AGENT_MAIL), f.outbox.addresses());

        f.outbox.clear();
        assertEquals(1, f.digests.sendDigests());

        assertEquals(List.of(STAFF_MAIL), f.outbox.addresses());
        List<String> lines = lines(f.outbox.sent().get(0));
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("COMMENTED HELP-1 ") && lines.get(0).contains("| one |"), lines::toString);
        assertTrue(lines.get(1).startsWith("STATUS_CHANGED HELP-1 ") && lines.get(1).contains("| Open>Done |"));
        assertTrue(lines.get(2).startsWith("SHARED HELP-1 ") && lines.get(2).endsWith("| Acme"));
        assertEquals(List.of(), f.digestStore.waitingUsers(null, 10));
    }
}
