package org.customergroups.store;

import net.java.ao.Query;
import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.store.ao.AuditEntryEntity;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail against real Active Objects, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class AoAuditStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:15:30.123Z");
    private static final long HELP = 10_100;
    private static final long SALES = 10_200;
    private static final long ISSUE = 20_001;
    /** Beyond Integer.MAX_VALUE: Jira issue and project ids are longs. */
    private static final long BIG_ISSUE = 3_000_000_000L;
    private static final long ACME = 1;
    private static final long GLOBEX = 2;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void entriesRoundTripNewestFirstWithTiesByInsertOrder(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoAuditStore audit = new AoAuditStore(db.activeObjects());
            AuditEntry full = AuditEntry.of(AuditAction.SHARE_ADDED, AuditCause.MANUAL, "agent-1", T0)
                    .project(HELP).issue(BIG_ISSUE).group(ACME, "Acme – ünïcødé <b>").user("rëporter-1")
                    .change(null, "Acme 🚀").build();
            AuditEntry system = AuditEntry.of(AuditAction.SETTINGS_CHANGED, AuditCause.MANUAL, null, T0.minusSeconds(60))
                    .change("0", "30").build();
            // One cascade: several rows with the same time, read back in reverse insert order.
            AuditEntry cascade1 = AuditEntry.of(AuditAction.SHARE_REMOVED, AuditCause.CASCADE, "admin", T0.plusSeconds(5))
                    .project(HELP).issue(ISSUE).group(ACME, "Acme").user("alice").build();
            AuditEntry cascade2 = AuditEntry.of(AuditAction.SHARE_REMOVED, AuditCause.CASCADE, "admin", T0.plusSeconds(5))
                    .project(HELP).issue(ISSUE + 1).group(ACME, "Acme").user("alice").build();

            audit.add(List.of(full, system, cascade1, cascade2));
            audit.add(List.of());
            audit.add(null);

            Page<AuditEntry> page = audit.find(AuditQuery.all(), new PageRequest(0, 25));
            assertEquals(4, page.total());
            List<AuditEntry> values = page.values();
            assertEquals(List.of(stored(cascade2), stored(cascade1), stored(full), stored(system)),
                    values.stream().map(AoAuditStoreTest::withoutId).toList());
            assertTrue(values.get(0).id() > values.get(1).id(), "ties: the later insert first");
            assertTrue(values.stream().allMatch(e -> e.id() > 0));
            assertEquals(List.of(values.get(2)), audit.find(AuditQuery.ofIssue(BIG_ISSUE), new PageRequest(0, 25)).values());
            assertEquals(List.of(), audit.find(AuditQuery.ofIssue(BIG_ISSUE - (1L << 32)), new PageRequest(0, 25)).values(),
                    "ids are not truncated to int");
            assertEquals(page, audit.find(null, new PageRequest(0, 25)), "no query = everything");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyFilterPartSelectsItsRowsAndTheyCombine(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoAuditStore audit = new AoAuditStore(db.activeObjects());
            List<AuditEntry> entries = new ArrayList<>();
            // 0: alice shares in HELP; 1: bob adds alice to Acme; 2: the system removes a share in SALES;
            // 3: alice changes her subscription; 4: admin creates Globex; 5: bob shares ISSUE with Globex.
            entries.add(AuditEntry.of(AuditAction.SHARE_ADDED, AuditCause.MANUAL, "alice", T0)
                    .project(HELP).issue(ISSUE).group(ACME, "Acme").change(null, "x").build());
            entries.add(AuditEntry.of(AuditAction.MEMBER_ADDED, AuditCause.MANUAL, "bob", T0.plusSeconds(10))
                    .group(ACME, "Acme").user("alice").build());
            entries.add(AuditEntry.of(AuditAction.SHARE_REMOVED, AuditCause.ISSUE_DELETED, null, T0.plusSeconds(20))
                    .project(SALES).issue(ISSUE + 1).group(ACME, "Acme").build());
            entries.add(AuditEntry.of(AuditAction.SUBSCRIPTION_CHANGED, AuditCause.MANUAL, "alice", T0.plusSeconds(30))
                    .user("alice").change("on", "off").build());
            entries.add(AuditEntry.of(AuditAction.GROUP_CREATED, AuditCause.MANUAL, "admin", T0.plusSeconds(40))
                    .group(GLOBEX, "Globex").build());
            entries.add(AuditEntry.of(AuditAction.SHARE_ADDED, AuditCause.MANUAL, "bob", T0.plusSeconds(50))
                    .project(HELP).issue(ISSUE).group(GLOBEX, "Globex").build());
            audit.add(entries);

            assertEquals(List.of(5, 4, 3, 2, 1, 0), find(audit, AuditQuery.all(), entries));
            assertEquals(List.of(5, 0), find(audit, new AuditQuery(HELP, null, null, null, null, null, null), entries));
            assertEquals(List.of(2), find(audit, new AuditQuery(SALES, null, null, null, null, null, null), entries));
            assertEquals(List.of(5, 0), find(audit, AuditQuery.ofIssue(ISSUE), entries));
            assertEquals(List.of(2, 1, 0), find(audit, AuditQuery.ofGroup(ACME), entries));
            assertEquals(List.of(5, 4), find(audit, AuditQuery.ofGroup(GLOBEX), entries));
            // The user filter matches the actor or the user the change concerned.
            assertEquals(List.of(3, 1, 0), find(audit, user("alice"), entries));
            assertEquals(List.of(5, 1), find(audit, user("bob"), entries));
            assertEquals(List.of(), find(audit, user("ALICE"), entries), "user keys are exact");
            assertEquals(List.of(), find(audit, user("al%"), entries));
            assertEquals(List.of(5, 0), find(audit,
                    new AuditQuery(null, null, null, null, AuditAction.SHARE_ADDED, null, null), entries));
            // from is inclusive, to exclusive.
            assertEquals(List.of(3, 2, 1), find(audit,
                    new AuditQuery(null, null, null, null, null, T0.plusSeconds(10), T0.plusSeconds(40)), entries));
            assertEquals(List.of(5, 4), find(audit,
                    new AuditQuery(null, null, null, null, null, T0.plusSeconds(40), null), entries));
            assertEquals(List.of(0), find(audit,
                    new AuditQuery(null, null, null, null, null, null, T0.plusSeconds(10)), entries));
            // All parts together.
            assertEquals(List.of(0), find(audit, new AuditQuery(HELP, ISSUE, ACME, "alice", AuditAction.SHARE_ADDED,
                    T0, T0.plusSeconds(1)), entries));
            assertEquals(List.of(), find(audit, new AuditQuery(HELP, ISSUE, ACME, "bob", null, null, null), entries));
            assertEquals(List.of(1), find(audit, new AuditQuery(null, null, ACME, "alice",
                    AuditAction.MEMBER_ADDED, null, null), entries));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesCarryTheTotalOfTheFilter(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoAuditStore audit = new AoAuditStore(db.activeObjects());
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                entries.add(numbered(i, i % 3 == 0 ? ACME : GLOBEX, ISSUE + i % 2));
            }
            audit.add(entries);

            for (int start : List.of(0, 25, 50, 59, 60, 100)) {
                Page<AuditEntry> page = audit.find(AuditQuery.all(), new PageRequest(start, 25));
                assertEquals(60, page.total(), "start " + start);
                List<String> expected = IntStream.iterate(59 - start, i -> i >= 0 && i > 59 - start - 25, i -> i - 1)
                        .mapToObj(i -> "v" + i).toList();
                assertEquals(expected, page.values().stream().map(AuditEntry::after).toList(), "start " + start);
            }
            assertEquals(20, audit.find(AuditQuery.ofGroup(ACME), new PageRequest(0, 10)).total());
            assertEquals(20, audit.find(AuditQuery.ofGroup(ACME), new PageRequest(10, 10)).total());
            assertEquals(20, audit.find(AuditQuery.ofGroup(ACME), new PageRequest(30, 10)).total());
            assertEquals(List.of("v57", "v54", "v51"), audit.find(AuditQuery.ofGroup(ACME), new PageRequest(0, 3))
                    .values().stream().map(AuditEntry::after).toList());
            Page<AuditEntry> issuePage = audit.find(AuditQuery.ofIssue(ISSUE + 1), new PageRequest(28, 25));
            assertEquals(30, issuePage.total());
            assertEquals(List.of("v3", "v1"), issuePage.values().stream().map(AuditEntry::after).toList());
            assertEquals(0, audit.find(AuditQuery.ofGroup(99), new PageRequest(0, 25)).total());
            assertEquals(0, audit.find(AuditQuery.ofGroup(99), new PageRequest(50, 25)).total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void chunksWalkTheWholeFilteredTrailByIdNewestFirst(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoAuditStore audit = new AoAuditStore(db.activeObjects());
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                entries.add(numbered(i, i % 4 == 0 ? ACME : GLOBEX, ISSUE));
            }
            audit.add(entries);
            List<AuditEntry> everything = audit.find(AuditQuery.all(), new PageRequest(0, 100)).values();

            assertEquals(everything, walk(audit, AuditQuery.all(), 7));
            assertEquals(everything, walk(audit, AuditQuery.all(), 100));
            assertEquals(everything.stream().filter(e -> e.groupId() == ACME).toList(),
                    walk(audit, AuditQuery.ofGroup(ACME), 6));
            assertEquals(List.of(), walk(audit, AuditQuery.ofGroup(99), 10));

            long tenth = everything.get(9).id();
            assertEquals(everything.subList(10, 13), audit.chunk(AuditQuery.all(), tenth, 3));
            assertEquals(List.of(), audit.chunk(AuditQuery.all(), 1, 10));
            assertEquals(List.of(), audit.chunk(AuditQuery.all(), 0, 10));
            assertEquals(List.of(), audit.chunk(AuditQuery.all(), -5, 10));
            assertEquals(everything.subList(0, 2), audit.chunk(null, Integer.MAX_VALUE + 10L, 2));
            assertThrows(IllegalArgumentException.class, () -> audit.chunk(AuditQuery.all(), Long.MAX_VALUE, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void purgeDeletesOnlyOlderEntriesAcrossBatches(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoAuditStore audit = new AoAuditStore(db.activeObjects());
            int old = 2 * AoAuditStore.PURGE_BATCH + 17;
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < old; i++) {
                // Inserted newest first, so that id order and time order disagree.
                entries.add(AuditEntry.of(AuditAction.SHARE_ADDED, AuditCause.AUTO_SHARE, null,
                        T0.minusSeconds(1 + i)).issue(ISSUE).build());
            }
            entries.add(AuditEntry.of(AuditAction.GROUP_CREATED, AuditCause.MANUAL, "a", T0).group(ACME, "Acme").build());
            entries.add(AuditEntry.of(AuditAction.GROUP_UPDATED, AuditCause.MANUAL, "a", T0.plusSeconds(1))
                    .group(ACME, "Acme").build());
            audit.add(entries);

            assertEquals(0, audit.purgeBefore(T0.minusSeconds(old)), "the oldest is at the cutoff");
            assertEquals(1, audit.purgeBefore(T0.minusSeconds(old - 1)), "only the oldest");
            assertEquals(old - 1, audit.purgeBefore(T0), "entries at the cutoff stay");
            assertEquals(0, audit.purgeBefore(T0));

            assertEquals(List.of(AuditAction.GROUP_UPDATED, AuditAction.GROUP_CREATED),
                    audit.find(AuditQuery.all(), new PageRequest(0, 25)).values().stream()
                            .map(AuditEntry::action).toList());
            assertEquals(2, audit.purgeBefore(T0.plusSeconds(3600)));
            assertEquals(0, db.activeObjects().count(AuditEntryEntity.class, Query.select()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void longValuesAreCutAndUnicodeSurvives(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoAuditStore audit = new AoAuditStore(db.activeObjects());
            int max = AuditEntry.MAX_VALUE;
            String exact = "é".repeat(max);
            String longer = "ü".repeat(max) + "tail";
            // An emoji (two chars) across the limit is dropped whole, never split.
            String split = "a".repeat(max - 1) + "🚀" + "b";
            String longName = "Gruppe-ß".repeat(40);

            audit.add(List.of(AuditEntry.of(AuditAction.GROUP_UPDATED, AuditCause.MANUAL, "ädmin", T0)
                    .group(ACME, longName).user("用户").change(exact, longer).build()));
            audit.add(List.of(AuditEntry.of(AuditAction.GROUP_UPDATED, AuditCause.MANUAL, "ädmin", T0.plusSeconds(1))
                    .change(split, "<script>alert('x')</script> 'quoted' \"double\" \\ % _").build()));

            List<AuditEntry> read = audit.find(AuditQuery.all(), new PageRequest(0, 25)).values();
            AuditEntry second = read.get(0);
            assertEquals("a".repeat(max - 1), second.before());
            assertEquals("<script>alert('x')</script> 'quoted' \"double\" \\ % _", second.after());
            AuditEntry first = read.get(1);
            assertEquals(exact, first.before());
            assertEquals("ü".repeat(max), first.after());
            assertEquals(longName.substring(0, 255), first.groupName());
            assertEquals("ädmin", first.actorKey());
            assertEquals("用户", first.userKey());
            assertEquals(List.of(first), audit.find(new AuditQuery(null, null, null, "用户", null, null, null),
                    new PageRequest(0, 25)).values());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addIsAllOrNothing(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoAuditStore audit = new AoAuditStore(db.activeObjects());
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 0; i < AoAuditStore.INSERT_BATCH + 10; i++) {
                entries.add(numbered(i, ACME, ISSUE));
            }
            // A key longer than its column fails in the second batch: the first batch is rolled back too.
            entries.add(AuditEntry.of(AuditAction.MEMBER_ADDED, AuditCause.MANUAL, "k".repeat(300), T0).build());

            assertThrows(RuntimeException.class, () -> audit.add(entries));

            assertEquals(0, db.activeObjects().count(AuditEntryEntity.class, Query.select()));
            audit.add(entries.subList(0, 3));
            assertEquals(3, audit.find(AuditQuery.all(), new PageRequest(0, 25)).total());
        }
    }

    /**
     * 100,000 rows through the store's bulk add; the first page by group and by issue are the right rows in the
     * right order (how fast they come is the benchmark's business, not a test's).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void firstPagesOfAHundredThousandRowsAreRight(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoAuditStore audit = new AoAuditStore(db.activeObjects());
            int n = 100_000;
            List<AuditEntry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                entries.add(big(i));
            }
            audit.add(entries);
            assertEquals(n, db.activeObjects().count(AuditEntryEntity.class, Query.select()));

            assertBigPage(audit, AuditQuery.ofGroup(7), i -> groupOf(i) == 7, n);
            assertBigPage(audit, AuditQuery.ofGroup(50), i -> groupOf(i) == 50, n);
            assertBigPage(audit, AuditQuery.ofIssue(issueOf(12_345)), i -> issueOf(i) == issueOf(12_345), n);
            assertBigPage(audit, AuditQuery.all(), i -> true, n);
            assertBigPage(audit, new AuditQuery(null, null, 7L, "user-3", null, null, null),
                    i -> groupOf(i) == 7 && ("agent-" + i % 7).equals("user-3") || groupOf(i) == 7 && i % 101 == 3, n);
            assertEquals(0, audit.find(AuditQuery.ofGroup(51), new PageRequest(0, 25)).total());
        }
    }

    private static void assertBigPage(AoAuditStore audit, AuditQuery query, IntPredicate matches, int n) {
        List<Integer> all = IntStream.iterate(n - 1, i -> i >= 0, i -> i - 1).filter(matches).boxed().toList();
        Page<AuditEntry> page = audit.find(query, new PageRequest(0, 25));
        assertEquals(all.size(), page.total(), query.toString());
        assertEquals(all.subList(0, Math.min(25, all.size())).stream().map(i -> "v" + i).toList(),
                page.values().stream().map(AuditEntry::after).toList(), query.toString());
        for (AuditEntry e : page.values()) {
            assertEquals(stored(big(Integer.parseInt(e.after().substring(1)))), withoutId(e));
        }
    }

    /** Entry {@code i} of the big trail: two entries per second, 50 groups, 997 issues, 3 projects. */
    private static AuditEntry big(int i) {
        return AuditEntry.of(AuditAction.values()[i % AuditAction.values().length], AuditCause.CASCADE,
                        "agent-" + i % 7, T0.plusSeconds(i / 2))
                .project(1 + i % 3).issue(issueOf(i)).group(groupOf(i), "Group " + groupOf(i)).user("user-" + i % 101)
                .change(null, "v" + i).build();
    }

    private static long groupOf(int i) {
        return 1 + i % 50;
    }

    private static long issueOf(int i) {
        return 1_000_000 + i % 997;
    }

    private static AuditEntry numbered(int i, long groupId, long issueId) {
        return AuditEntry.of(AuditAction.SHARE_ADDED, AuditCause.MANUAL, "agent", T0.plusSeconds(i))
                .project(HELP).issue(issueId).group(groupId, "G" + groupId).change(null, "v" + i).build();
    }

    private static AuditQuery user(String key) {
        return new AuditQuery(null, null, null, key, null, null, null);
    }

    /** Indexes (into {@code entries}, whose after/before or time tells them apart) of the matching entries. */
    private static List<Integer> find(AoAuditStore audit, AuditQuery query, List<AuditEntry> entries) {
        List<AuditEntry> stored = entries.stream().map(AoAuditStoreTest::stored).toList();
        Page<AuditEntry> page = audit.find(query, new PageRequest(0, 100));
        List<Integer> indexes = page.values().stream().map(e -> stored.indexOf(withoutId(e))).toList();
        assertEquals(indexes.size(), page.total());
        assertTrue(indexes.stream().allMatch(i -> i >= 0), indexes::toString);
        return indexes;
    }

    private static List<AuditEntry> walk(AoAuditStore audit, AuditQuery query, int limit) {
        List<AuditEntry> all = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (true) {
            List<AuditEntry> chunk = audit.chunk(query, before, limit);
            all.addAll(chunk);
            if (chunk.size() < limit) {
                assertTrue(chunk.stream().map(AuditEntry::id).sorted(Comparator.reverseOrder()).toList()
                        .equals(chunk.stream().map(AuditEntry::id).toList()));
                return all;
            }
            before = chunk.get(chunk.size() - 1).id();
        }
    }

    /** What the database gives back: time to the millisecond. */
    private static AuditEntry stored(AuditEntry e) {
        return new AuditEntry(0, e.at().truncatedTo(ChronoUnit.MILLIS), e.actorKey(), e.action(), e.cause(),
                e.projectId(), e.issueId(), e.groupId(), e.groupName(), e.userKey(), e.before(), e.after());
    }

    private static AuditEntry withoutId(AuditEntry e) {
        return new AuditEntry(0, e.at(), e.actorKey(), e.action(), e.cause(), e.projectId(), e.issueId(), e.groupId(),
                e.groupName(), e.userKey(), e.before(), e.after());
    }
}
