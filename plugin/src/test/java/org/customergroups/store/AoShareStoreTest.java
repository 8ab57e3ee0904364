package org.customergroups.store;

import net.java.ao.Query;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.TicketShare;
import org.customergroups.store.ao.TicketShareEntity;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ticket shares against real Active Objects, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class AoShareStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:15:30.123Z");
    private static final long HELP = 10_100;
    private static final long SALES = 10_200;
    private static final long ISSUE = 20_001;
    /** Beyond Integer.MAX_VALUE: Jira issue and project ids are longs. */
    private static final long BIG_ISSUE = 3_000_000_000L;
    private static final long ACME = 1;
    private static final long GLOBEX = 2;
    private static final long INITECH = 3;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addIsIdempotentAndRoundTrips(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            TicketShare share = new TicketShare(ISSUE, HELP, ACME, "Acme", "reporter-1", ShareSource.AGENT,
                    "agent-1", NOW);

            assertTrue(shares.add(share));
            assertFalse(shares.add(new TicketShare(ISSUE, SALES, ACME, "Acme", "someone", ShareSource.AUTO, null,
                    NOW.plusSeconds(60))));

            TicketShare stored = new TicketShare(ISSUE, HELP, ACME, "Acme", "reporter-1", ShareSource.AGENT,
                    "agent-1", NOW.truncatedTo(ChronoUnit.MILLIS));
            assertEquals(stored, shares.find(ISSUE, ACME).orElseThrow(), "the second add changed nothing");
            assertTrue(shares.find(ISSUE, GLOBEX).isEmpty());
            assertTrue(shares.find(ISSUE + 1, ACME).isEmpty());
            assertEquals(1, rows(db));

            // Same group, another issue; same issue, another group; nulls and long ids round-trip.
            TicketShare system = new TicketShare(BIG_ISSUE, 4_000_000_000L, ACME, "Acme", null, ShareSource.FORM,
                    null, NOW);
            assertTrue(shares.add(system));
            assertTrue(shares.add(new TicketShare(ISSUE, HELP, GLOBEX, "Globex", "reporter-1", ShareSource.AUTO,
                    null, NOW)));
            assertEquals(new TicketShare(BIG_ISSUE, 4_000_000_000L, ACME, "Acme", null, ShareSource.FORM, null,
                    NOW.truncatedTo(ChronoUnit.MILLIS)), shares.find(BIG_ISSUE, ACME).orElseThrow());
            assertTrue(shares.find(BIG_ISSUE - (1L << 32), ACME).isEmpty(), "ids are not truncated to int");
            assertEquals(ShareSource.AUTO, shares.find(ISSUE, GLOBEX).orElseThrow().source());
            assertEquals(3, rows(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addRefusesWhatCannotBeAShare(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());

            for (long badGroup : List.of(0L, -1L, Integer.MAX_VALUE + 1L)) {
                assertThrows(IllegalArgumentException.class, () -> shares.add(
                        new TicketShare(ISSUE, HELP, badGroup, "Acme", "r", ShareSource.AGENT, "a", NOW)));
            }
            assertThrows(IllegalArgumentException.class, () -> shares.add(
                    new TicketShare(ISSUE, HELP, ACME, null, "r", ShareSource.AGENT, "a", NOW)));
            assertThrows(IllegalArgumentException.class, () -> shares.add(
                    new TicketShare(ISSUE, HELP, ACME, "Acme", "r", null, "a", NOW)));
            assertThrows(IllegalArgumentException.class, () -> shares.add(
                    new TicketShare(ISSUE, HELP, ACME, "Acme", "r", ShareSource.AGENT, "a", null)));
            assertEquals(0, rows(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ofIssueAndGroupNamesOfAreInGroupNameOrderIgnoringCase(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            List<String> names = new ArrayList<>(List.of("beta", "Alpha", "ZED", "acme", "Ünïcødé",
                    "<script>x</script>", "gamma 10", "Gamma 2", "delta"));
            Collections.shuffle(names, new Random(7));
            for (int i = 0; i < names.size(); i++) {
                assertTrue(shares.add(share(ISSUE, 100 + i, names.get(i), "reporter-1")));
            }
            shares.add(share(ISSUE + 1, 100, "Only on another issue", "reporter-1"));

            List<String> expected = List.of("<script>x</script>", "acme", "Alpha", "beta", "delta", "gamma 10",
                    "Gamma 2", "ZED", "Ünïcødé");
            assertEquals(expected, shares.groupNamesOf(ISSUE));
            assertEquals(expected, shares.ofIssue(ISSUE).stream().map(TicketShare::groupName).toList());
            TicketShare first = shares.ofIssue(ISSUE).get(0);
            assertEquals(first, shares.find(ISSUE, first.groupId()).orElseThrow());
            assertEquals(List.of(), shares.groupNamesOf(ISSUE + 2));
            assertEquals(List.of(), shares.ofIssue(ISSUE + 2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removeTakesOnlyThatPairAndTheShareCanComeBack(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            shares.add(share(ISSUE, ACME, "Acme", "r"));
            shares.add(share(ISSUE, GLOBEX, "Globex", "r"));
            shares.add(share(ISSUE + 1, ACME, "Acme", "r"));

            assertTrue(shares.remove(ISSUE, ACME));
            assertFalse(shares.remove(ISSUE, ACME));
            assertFalse(shares.remove(ISSUE + 5, ACME));

            assertEquals(List.of("Globex"), shares.groupNamesOf(ISSUE));
            assertEquals(List.of("Acme"), shares.groupNamesOf(ISSUE + 1));
            assertTrue(shares.add(share(ISSUE, ACME, "Acme", "r")));
            assertEquals(List.of("Acme", "Globex"), shares.groupNamesOf(ISSUE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void countOfGroupAndRemoveIssue(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            for (long issue = ISSUE; issue < ISSUE + 7; issue++) {
                shares.add(share(issue, ACME, "Acme", "r"));
            }
            shares.add(share(ISSUE, GLOBEX, "Globex", "r"));
            shares.add(share(ISSUE, INITECH, "Initech", "r"));

            assertEquals(7, shares.countOfGroup(ACME));
            assertEquals(1, shares.countOfGroup(GLOBEX));
            assertEquals(0, shares.countOfGroup(99));

            assertEquals(3, shares.removeIssue(ISSUE));
            assertEquals(0, shares.removeIssue(ISSUE));
            assertEquals(List.of(), shares.ofIssue(ISSUE));
            assertEquals(6, shares.countOfGroup(ACME));
            assertEquals(0, shares.countOfGroup(GLOBEX));
            assertEquals(List.of("Acme"), shares.groupNamesOf(ISSUE + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void updateIssueChangesOnlyRowsWhoseCopiesDiffer(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            shares.add(new TicketShare(ISSUE, HELP, ACME, "Acme", "old-reporter", ShareSource.AGENT, "agent", NOW));
            shares.add(new TicketShare(ISSUE, HELP, GLOBEX, "Globex", "old-reporter", ShareSource.AUTO, null, NOW));
            // A row that is already current (e.g. written after the change by another node).
            shares.add(new TicketShare(ISSUE, SALES, INITECH, "Initech", "new-reporter", ShareSource.FORM, null, NOW));
            shares.add(new TicketShare(ISSUE + 1, HELP, ACME, "Acme", "old-reporter", ShareSource.AGENT, null, NOW));

            assertEquals(2, shares.updateIssue(ISSUE, SALES, "new-reporter"));
            assertEquals(0, shares.updateIssue(ISSUE, SALES, "new-reporter"));

            for (TicketShare s : shares.ofIssue(ISSUE)) {
                assertEquals(SALES, s.projectId(), s.groupName());
                assertEquals("new-reporter", s.reporterKey(), s.groupName());
            }
            TicketShare acme = shares.find(ISSUE, ACME).orElseThrow();
            assertEquals(new TicketShare(ISSUE, SALES, ACME, "Acme", "new-reporter", ShareSource.AGENT, "agent",
                    NOW.truncatedTo(ChronoUnit.MILLIS)), acme, "only the copies change");
            TicketShare untouched = shares.find(ISSUE + 1, ACME).orElseThrow();
            assertEquals(HELP, untouched.projectId());
            assertEquals("old-reporter", untouched.reporterKey());

            // Only the project moves; then the reporter goes away and comes back.
            assertEquals(3, shares.updateIssue(ISSUE, HELP, "new-reporter"));
            assertEquals(3, shares.updateIssue(ISSUE, HELP, null));
            assertEquals(0, shares.updateIssue(ISSUE, HELP, null));
            assertTrue(shares.ofIssue(ISSUE).stream().allMatch(s -> s.reporterKey() == null));
            assertEquals(3, shares.updateIssue(ISSUE, HELP, "back"));
            assertEquals(0, shares.updateIssue(ISSUE + 9, HELP, "nobody"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removeGroupReturnsTheTouchedIssuesAndKeepsOtherGroups(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            for (long issue : List.of(ISSUE + 3, BIG_ISSUE, ISSUE, ISSUE + 1)) {
                shares.add(share(issue, ACME, "Acme", "r-" + issue));
            }
            shares.add(share(ISSUE, GLOBEX, "Globex", "r"));
            shares.add(share(ISSUE + 2, GLOBEX, "Globex", "r"));

            List<TicketShare> removed = shares.removeGroup(ACME);
            assertEquals(List.of(ISSUE, ISSUE + 1, ISSUE + 3, BIG_ISSUE), issueIds(removed));
            // The removed rows come back whole: what the audit trail records for each issue.
            assertEquals(share(ISSUE + 3, ACME, "Acme", "r-" + (ISSUE + 3)), removed.get(2));

            assertEquals(0, shares.countOfGroup(ACME));
            assertEquals(2, shares.countOfGroup(GLOBEX));
            assertEquals(List.of("Globex"), shares.groupNamesOf(ISSUE));
            assertEquals(List.of(), shares.removeGroup(ACME));
            assertEquals(List.of(), shares.removeGroup(99));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cascadeRemovesTheGroupFromExactlyTheReportersIssues(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            int n = 10_000;
            List<Long> alicesIssues = LongStream.range(0, n).map(i -> 1_000_000 + 2 * i).boxed().toList();
            List<Long> othersIssues = LongStream.range(0, n).map(i -> 1_000_001 + 2 * i).boxed().toList();
            List<Map<String, Object>> seed = new ArrayList<>();
            for (long issue : alicesIssues) {
                seed.add(row(issue, ACME, "Acme", "alice"));
            }
            for (int i = 0; i < n; i++) {
                seed.add(row(othersIssues.get(i), ACME, "Acme", "reporter-" + (i % 100)));
            }
            // Other groups share some of the same issues, including alice's.
            for (int i = 0; i < n; i += 10) {
                seed.add(row(alicesIssues.get(i), GLOBEX, "Globex", "alice"));
                seed.add(row(othersIssues.get(i), GLOBEX, "Globex", "reporter-" + (i % 100)));
            }
            insert(db, seed);
            assertEquals(2 * n, shares.countOfGroup(ACME));

            List<TicketShare> lost = shares.removeForReporters(ACME, List.of("alice"));

            assertEquals(alicesIssues, issueIds(lost));
            assertTrue(lost.stream().allMatch(r -> "alice".equals(r.reporterKey()) && r.groupId() == ACME));
            assertEquals(n, shares.countOfGroup(ACME));
            assertEquals(n / 5, shares.countOfGroup(GLOBEX));
            assertEquals(0, db.activeObjects().count(TicketShareEntity.class, Query.select()
                    .where(TicketShareEntity.GROUP_ID + " = ? AND " + TicketShareEntity.REPORTER_KEY + " = ?",
                            ACME, "alice")));
            assertEquals(List.of("Globex"), shares.groupNamesOf(alicesIssues.get(0)));
            assertEquals(List.of(), shares.groupNamesOf(alicesIssues.get(1)));
            assertEquals(List.of("Acme", "Globex"), shares.groupNamesOf(othersIssues.get(0)));
            assertEquals(List.of("Acme"), shares.groupNamesOf(othersIssues.get(n - 1)));
            assertEquals(List.of(), shares.removeForReporters(ACME, List.of("alice")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cascadeBatchesManyReporters(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            int leaving = 1_234;
            List<String> keys = new ArrayList<>();
            List<Long> expected = new ArrayList<>();
            List<Map<String, Object>> seed = new ArrayList<>();
            long issue = 500_000;
            for (int r = 0; r < leaving + 300; r++) {
                String key = "user-" + r;
                for (int k = 0; k < 2; k++, issue++) {
                    seed.add(row(issue, ACME, "Acme", key));
                    seed.add(row(issue, GLOBEX, "Globex", key));
                    if (r < leaving) {
                        expected.add(issue);
                    }
                }
                if (r < leaving) {
                    keys.add(key);
                }
            }
            insert(db, seed);
            // Duplicates, nulls and unknown users in the input change nothing.
            List<String> input = new ArrayList<>(keys);
            input.addAll(keys.subList(0, 10));
            input.add(null);
            input.add("nobody");
            Collections.shuffle(input, new Random(3));

            List<TicketShare> lost = shares.removeForReporters(ACME, input);

            assertTrue(Ids.batches(input).size() > 2, "more than two IN lists");
            assertEquals(expected, issueIds(lost));
            assertEquals(2 * 300, shares.countOfGroup(ACME));
            assertEquals(2 * (leaving + 300), shares.countOfGroup(GLOBEX));
            assertEquals(List.of("Globex"), shares.groupNamesOf(expected.get(expected.size() - 1)));
            assertEquals(List.of("Acme", "Globex"), shares.groupNamesOf(issue - 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cascadeWithoutReportersChangesNothing(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            shares.add(share(ISSUE, ACME, "Acme", "alice"));
            shares.add(share(ISSUE + 1, ACME, "Acme", null));

            assertEquals(List.of(), shares.removeForReporters(ACME, List.of()));
            assertEquals(List.of(), shares.removeForReporters(ACME, null));
            assertEquals(List.of(), shares.removeForReporters(ACME, Arrays.asList(null, null)));
            assertEquals(List.of(), shares.removeForReporters(GLOBEX, List.of("alice")));
            assertEquals(2, shares.countOfGroup(ACME));
            assertEquals(List.of(ISSUE), issueIds(shares.removeForReporters(ACME, List.of("ALICE", "alice"))));
            assertEquals(1, shares.countOfGroup(ACME), "the issue without reporter keeps the share");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentAddAndRemoveOfOnePairStayConsistent(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoShareStore shares = new AoShareStore(db.activeObjects());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                int rounds = 40;
                for (int round = 0; round < rounds; round++) {
                    String at = "round " + round;
                    // Add against remove: whichever ran last decides the outcome.
                    List<Boolean> addRemove = Races.race(pool, () -> shares.add(share(ISSUE, ACME, "Acme", "r")),
                            () -> shares.remove(ISSUE, ACME));
                    assertTrue(addRemove.get(0), at + ": nothing else adds, so the add succeeds");
                    boolean removedAfterAdd = addRemove.get(1);
                    assertEquals(!removedAfterAdd, shares.find(ISSUE, ACME).isPresent(), at);
                    assertEquals(removedAfterAdd ? 0 : 1, rows(db), at);

                    // Two adds: exactly one wins, one row.
                    List<Boolean> adds = Races.race(pool, () -> shares.add(share(ISSUE, ACME, "Acme", "r")),
                            () -> shares.add(share(ISSUE, ACME, "Acme", "r")));
                    int expectedWinners = removedAfterAdd ? 1 : 0;
                    assertEquals(expectedWinners, adds.stream().filter(b -> b).count(), at);
                    assertEquals(1, rows(db), at);

                    // Two removes: exactly one removes it.
                    List<Boolean> removes = Races.race(pool, () -> shares.remove(ISSUE, ACME),
                            () -> shares.remove(ISSUE, ACME));
                    assertEquals(1, removes.stream().filter(b -> b).count(), at);
                    assertEquals(0, rows(db), at);

                    // Two adds from empty: exactly one true.
                    List<Boolean> fresh = Races.race(pool, () -> shares.add(share(ISSUE + 1, GLOBEX, "Globex", "r")),
                            () -> shares.add(share(ISSUE + 1, GLOBEX, "Globex", "r")));
                    assertEquals(1, fresh.stream().filter(b -> b).count(), at);
                    assertEquals(1, shares.countOfGroup(GLOBEX), at);
                    assertTrue(shares.remove(ISSUE + 1, GLOBEX), at);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static TicketShare share(long issueId, long groupId, String groupName, String reporterKey) {
        return new TicketShare(issueId, HELP, groupId, groupName, reporterKey, ShareSource.AGENT, "agent", NOW);
    }

    /** A row for AO's batch create: column names, enum objects (see the AO reference notes). */
    private static Map<String, Object> row(long issueId, long groupId, String groupName, String reporterKey) {
        Map<String, Object> row = new HashMap<>();
        row.put(TicketShareEntity.ISSUE_ID, issueId);
        row.put(TicketShareEntity.PROJECT_ID, HELP);
        row.put(TicketShareEntity.GROUP_ID, groupId);
        row.put(TicketShareEntity.ISSUE_GROUP, AoShareStore.issueGroup(issueId, groupId));
        row.put(TicketShareEntity.GROUP_NAME, groupName);
        row.put(TicketShareEntity.REPORTER_KEY, reporterKey);
        row.put(TicketShareEntity.SOURCE, ShareSource.AUTO);
        row.put(TicketShareEntity.SHARED_BY, null);
        row.put(TicketShareEntity.SHARED_AT, Date.from(NOW));
        return row;
    }

    private static void insert(AoDatabase db, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 1_000) {
            db.activeObjects().create(TicketShareEntity.class, rows.subList(from, Math.min(rows.size(), from + 1_000)));
        }
    }

    private static int rows(AoDatabase db) {
        return db.activeObjects().count(TicketShareEntity.class, Query.select());
    }

    private static List<Long> issueIds(List<TicketShare> shares) {
        return shares.stream().map(TicketShare::issueId).toList();
    }
}
