package org.customergroups.store;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small helpers behind the stores' SQL: LIKE escaping, IN-list chunks, unique-violation detection. */
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
        List<Long> ids = new java.util.ArrayList<>();
        for (long i = 1; i <= 1201; i++) {
            ids.add(i);
        }
        ids.addAll(java.util.Arrays.asList(1L, 0L, -5L, Long.MAX_VALUE, (long) Integer.MAX_VALUE + 1, null));

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
}
