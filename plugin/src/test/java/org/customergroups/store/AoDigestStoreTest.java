package org.customergroups.store;

import org.customergroups.domain.DigestEntry;
import org.customergroups.domain.Notice;
import org.customergroups.domain.NoticeKind;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The digest queue against real Active Objects, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class AoDigestStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:15:30.123Z");
    private static final long ISSUE = 3_000_000_000L;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void noticesRoundTripOldestFirstPerUser(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoDigestStore digests = new AoDigestStore(db.activeObjects());
            Notice created = new Notice(NoticeKind.CREATED, ISSUE, "HELP-1", "Printer <b>on fire</b> – ünïcødé",
                    "Ägent Smith", null, null, null, null, T0);
            Notice commented = new Notice(NoticeKind.COMMENTED, ISSUE, "HELP-1", "Printer", null,
                    "Line 1\nLine 2 🚀 'quoted' \"double\"", null, null, null, T0.plusSeconds(60));
            Notice status = new Notice(NoticeKind.STATUS_CHANGED, 7, "SALES-7", null, "Bob", null, "Open",
                    "In Progress", null, T0.minusSeconds(60));
            Notice shared = new Notice(NoticeKind.SHARED, 8, "SALES-8", "Quote", "Bob", null, null, null,
                    "Acme Corp", T0.plusSeconds(60));

            digests.add("alice", created);
            digests.add("alice", commented);
            digests.add("bob", created);
            digests.add("alice", status);
            digests.add("alice", shared);

            List<DigestEntry> alice = digests.of("alice", 10);
            assertEquals(List.of(stored(status), stored(created), stored(commented), stored(shared)),
                    alice.stream().map(DigestEntry::notice).toList(), "by time, then insert order");
            assertTrue(alice.stream().allMatch(e -> e.userKey().equals("alice") && e.id() > 0));
            assertEquals(alice.subList(0, 2), digests.of("alice", 2));
            assertEquals(List.of(stored(created)), digests.of("bob", 10).stream().map(DigestEntry::notice).toList());
            assertEquals(List.of(), digests.of("carol", 10));
            assertEquals(List.of(), digests.of("ALICE", 10));
            assertEquals(List.of(), digests.of(null, 10));
            assertEquals(List.of(), digests.of("alice", 0));
            assertThrows(NullPointerException.class, () -> digests.add(null, created));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void longTextsAreCut(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoDigestStore digests = new AoDigestStore(db.activeObjects());
            String comment = "ü".repeat(AoDigestStore.COMMENT_MAX - 1) + "🚀" + "x".repeat(10_000);
            String summary = "s".repeat(400);
            String group = "Grüppe ".repeat(60);

            digests.add("alice", new Notice(NoticeKind.COMMENTED, ISSUE, "HELP-1", summary, "A".repeat(300),
                    comment, "F".repeat(300), "T".repeat(300), group, T0));

            Notice read = digests.of("alice", 1).get(0).notice();
            assertEquals("ü".repeat(AoDigestStore.COMMENT_MAX - 1), read.comment(), "the emoji is not split");
            assertEquals("s".repeat(255), read.summary());
            assertEquals("A".repeat(255), read.actorName());
            assertEquals("F".repeat(255), read.fromStatus());
            assertEquals("T".repeat(255), read.toStatus());
            assertEquals(group.substring(0, 255), read.groupName());

            String exact = "c".repeat(AoDigestStore.COMMENT_MAX);
            digests.add("bob", new Notice(NoticeKind.COMMENTED, ISSUE, "HELP-1", null, null, exact, null, null,
                    null, T0));
            assertEquals(exact, digests.of("bob", 1).get(0).notice().comment());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void waitingUsersAreDistinctInKeyOrder(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoDigestStore digests = new AoDigestStore(db.activeObjects());
            assertEquals(List.of(), digests.waitingUsers(null, 10));
            // u03 has many notices: they must not hide the users after it.
            for (int u : new int[] {7, 3, 12, 0, 5, 9, 1}) {
                int count = u == 3 ? 40 : 1 + u % 3;
                for (int i = 0; i < count; i++) {
                    digests.add(String.format("u%02d", u), notice(i));
                }
            }

            assertEquals(List.of("u00", "u01", "u03", "u05", "u07", "u09", "u12"), digests.waitingUsers(null, 100));
            assertEquals(List.of("u00", "u01", "u03", "u05"), digests.waitingUsers(null, 4));
            assertEquals(List.of("u00", "u01", "u03"), digests.waitingUsers(null, 3));
            assertEquals(List.of("u00"), digests.waitingUsers(null, 1));
            assertEquals(List.of(), digests.waitingUsers(null, 0));

            assertEquals(40, digests.delete(digests.of("u03", 100).stream().map(DigestEntry::id).toList()));
            assertEquals(List.of("u00", "u01", "u05", "u07"), digests.waitingUsers(null, 4));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void waitingUsersPageWithAKeysetCursor(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoDigestStore digests = new AoDigestStore(db.activeObjects());
            assertEquals(List.of(), digests.waitingUsers("u00", 10));
            for (int u : new int[] {7, 3, 12, 0, 5, 9, 1}) {
                int count = u == 3 ? 40 : 1 + u % 3;
                for (int i = 0; i < count; i++) {
                    digests.add(String.format("u%02d", u), notice(i));
                }
            }

            assertEquals(List.of("u01", "u03", "u05"), digests.waitingUsers("u00", 3), "strictly after the cursor");
            assertEquals(List.of("u03", "u05", "u07", "u09", "u12"), digests.waitingUsers("u02", 100),
                    "a cursor need not be a waiting user");
            assertEquals(List.of("u05", "u07"), digests.waitingUsers("u03", 2), "the cursor's notices are skipped");
            assertEquals(List.of("u03"), digests.waitingUsers("u01", 1));
            assertEquals(List.of("u12"), digests.waitingUsers("u09", 5));
            assertEquals(List.of(), digests.waitingUsers("u12", 5));
            assertEquals(List.of(), digests.waitingUsers("zzz", 5));
            assertEquals(List.of(), digests.waitingUsers("u00", 0));

            // Walking page by page visits every waiting user once, whatever the page size.
            for (int size = 1; size <= 8; size++) {
                List<String> walked = new ArrayList<>();
                String after = null;
                List<String> page;
                do {
                    page = digests.waitingUsers(after, size);
                    assertTrue(page.size() <= size);
                    walked.addAll(page);
                    after = page.isEmpty() ? after : page.get(page.size() - 1);
                } while (page.size() == size);
                assertEquals(List.of("u00", "u01", "u03", "u05", "u07", "u09", "u12"), walked, "page size " + size);
            }

            // Notices added behind the cursor do not come back on the following pages.
            digests.add("u00", notice(99));
            digests.add("u04", notice(99));
            assertEquals(List.of("u04", "u05", "u07"), digests.waitingUsers("u03", 3));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deleteRemovesExactlyTheGivenEntries(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoDigestStore digests = new AoDigestStore(db.activeObjects());
            int n = 2 * Ids.MAX_IN_LIST + 30;
            for (int i = 0; i < n; i++) {
                digests.add("alice", notice(i));
            }
            digests.add("bob", notice(0));
            List<Long> ids = digests.of("alice", n).stream().map(DigestEntry::id).toList();
            assertEquals(n, ids.size());

            List<Long> input = new ArrayList<>(ids.subList(0, n - 5));
            input.addAll(ids.subList(0, 10));
            input.addAll(Arrays.asList(null, 0L, -1L, Long.MAX_VALUE));
            assertEquals(n - 5, digests.delete(input));
            assertEquals(0, digests.delete(ids.subList(0, n - 5)));
            assertEquals(0, digests.delete(List.of()));
            assertEquals(0, digests.delete(null));

            assertEquals(ids.subList(n - 5, n), digests.of("alice", n).stream().map(DigestEntry::id).toList());
            assertEquals(1, digests.of("bob", 10).size());
            assertEquals(List.of("alice", "bob"), digests.waitingUsers(null, 10));
        }
    }

    private static Notice notice(int i) {
        return new Notice(NoticeKind.SHARED, 100 + i, "HELP-" + i, "Summary " + i, "Agent", null, null, null,
                "Acme", T0.plusSeconds(i));
    }

    private static Notice stored(Notice n) {
        return new Notice(n.kind(), n.issueId(), n.issueKey(), n.summary(), n.actorName(), n.comment(),
                n.fromStatus(), n.toStatus(), n.groupName(), n.at().truncatedTo(ChronoUnit.MILLIS));
    }

}
