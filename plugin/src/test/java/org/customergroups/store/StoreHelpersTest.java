package org.customergroups.store;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The small helpers behind the stores' SQL: LIKE escaping, IN-list chunks and batches, unique-violation
 * and transient-conflict detection, cutting texts to their columns, page totals.
 */
class StoreHelpersTest {

    @Test
    void likePatternsMatchTheTextLiterally() {
        assertEquals("%50!%!_off%", Like.contains("50%_off"));
        assertEquals("%yahoo!!%", Like.contains("yahoo!"));
        assertEquals("%a\\b%", Like.contains("a\\b"));
        assertEquals("%%", Like.contains(""));
    }

    @Test
    void idsAreChunkedDistinctAndFilteredToPossibleEntityIds() {
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 1201; i++) {
            ids.add(i);
        }
        ids.addAll(Arrays.asList(1L, 0L, -5L, Long.MAX_VALUE, (long) Integer.MAX_VALUE + 1, null));

        List<List<Integer>> chunks = Ids.chunks(ids);

        assertEquals(List.of(500, 500, 201), chunks.stream().map(List::size).toList());
        assertEquals(1, chunks.get(0).get(0));
        assertEquals(1201, chunks.get(2).get(200));
        assertTrue(Ids.chunks(List.of()).isEmpty());
        assertTrue(Ids.chunks(null).isEmpty());
        assertEquals("?, ?, ?", Ids.placeholders(3));
    }

    @Test
    void aLostInsertRaceIsRecognisedByTheRowOrByTheSqlState() {
        RuntimeException duplicate = new RuntimeException("wrapped",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        RuntimeException notNull = new RuntimeException(new SQLException("null value in column", "23502"));
        RuntimeException mysqlDuplicate = new RuntimeException(new SQLException("Duplicate entry", "23000"));

        assertTrue(UniqueViolations.lostRace(new RuntimeException("any"), () -> true));
        assertTrue(UniqueViolations.lostRace(duplicate, () -> false));
        assertTrue(UniqueViolations.lostRace(mysqlDuplicate, () -> false));
        assertTrue(UniqueViolations.lostRace(duplicate, () -> {
            throw new IllegalStateException("current transaction is aborted");
        }));
        assertFalse(UniqueViolations.lostRace(notNull, () -> false));
        assertFalse(UniqueViolations.lostRace(new RuntimeException("connection refused"), () -> false));
    }

    @Test
    void reporterKeysAreBatchedDistinctWithoutNulls() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            keys.add("user-" + i);
        }
        keys.addAll(Arrays.asList("user-0", null, "USER-0"));

        List<List<String>> batches = Ids.batches(keys);

        assertEquals(List.of(500, 500, 2), batches.stream().map(List::size).toList());
        assertEquals("user-0", batches.get(0).get(0));
        assertEquals(List.of("user-1000", "USER-0"), batches.get(2));
        assertTrue(Ids.batches(List.of()).isEmpty());
        assertTrue(Ids.batches(null).isEmpty());
        assertTrue(Ids.batches(Arrays.asList(null, null)).isEmpty());
    }

    @Test
    void transientConflictsAreRetriedAndOtherFailuresAreNot() {
        RuntimeException h2Deadlock = new RuntimeException("wrapped",
                new SQLException("Deadlock detected. The current transaction was rolled back.", "40001"));
        RuntimeException pgDeadlock = new RuntimeException(new SQLException("deadlock detected", "40P01"));
        RuntimeException duplicate = new RuntimeException(new SQLException("duplicate key", "23505"));
        assertTrue(TransientConflicts.isTransient(h2Deadlock));
        assertTrue(TransientConflicts.isTransient(pgDeadlock));
        assertFalse(TransientConflicts.isTransient(duplicate));
        assertFalse(TransientConflicts.isTransient(new RuntimeException("connection refused")));

        int[] calls = {0};
        assertEquals("done", TransientConflicts.retry(() -> {
            if (++calls[0] < 3) {
                throw h2Deadlock;
            }
            return "done";
        }));
        assertEquals(3, calls[0]);

        calls[0] = 0;
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> TransientConflicts.retry(() -> {
                    calls[0]++;
                    throw pgDeadlock;
                }));
        assertEquals(pgDeadlock, thrown);
        assertEquals(TransientConflicts.ATTEMPTS, calls[0], "gives up after a few attempts");

        calls[0] = 0;
        assertEquals(duplicate, assertThrows(RuntimeException.class,
                () -> TransientConflicts.retry(() -> {
                    calls[0]++;
                    throw duplicate;
                })));
        assertEquals(1, calls[0], "other failures are not retried");
    }

    @Test
    void textsAreCutWithoutSplittingACharacter() {
        assertEquals(null, Texts.cut(null, 5));
        assertEquals("", Texts.cut("", 5));
        assertEquals("abcde", Texts.cut("abcde", 5));
        assertEquals("abcde", Texts.cut("abcdef", 5));
        assertEquals("abcd", Texts.cut("abcd\uD83D\uDE80", 5), "the emoji would be split: dropped whole");
        assertEquals("abc\uD83D\uDE80", Texts.cut("abc\uD83D\uDE80x", 5), "the emoji fits");
        assertEquals("ééééé", Texts.cut("éééééé", 5));
    }

    @Test
    void aPageTellsItsTotalWhenItEndsTheListingElseTheCountIsAsked() {
        int[] counts = {0};
        IntSupplier count = () -> {
            counts[0]++;
            return 99;
        };

        assertEquals(57, Pages.total(50, 25, 7, count)); // short page: the end
        assertEquals(0, Pages.total(0, 25, 0, count)); // empty first page: nothing at all
        assertEquals(0, counts[0]);
        assertEquals(99, Pages.total(0, 25, 25, count)); // full page: there may be more
        assertEquals(99, Pages.total(200, 25, 0, count)); // empty past the start: the total is unknown
        assertEquals(99, Pages.total(3, 0, 0, count)); // nothing asked for
        assertEquals(3, counts[0]);
    }
}
