package org.customergroups.testkit.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ActiveObjects adapter behaves as Jira's service does: transactions, errors, naming. */
class EntityManagerActiveObjectsTest {

    static List<DatabaseConfig> databases() {
        return DatabaseConfig.forTests();
    }

    private static AoDatabase open(DatabaseConfig config) {
        AoDatabase db = AoDatabase.openForTest(config, "org.example.test-plugin");
        db.activeObjects().migrate(NoteEntity.class);
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void transactionCommitsWhenTheCallbackReturns(DatabaseConfig config) {
        try (AoDatabase db = open(config)) {
            ActiveObjects ao = db.activeObjects();
            ao.executeInTransaction(() -> ao.create(NoteEntity.class, new DBParam("TEXT", "a")));
            assertEquals(1, ao.count(NoteEntity.class, Query.select()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void transactionRollsBackEverythingWhenTheCallbackThrows(DatabaseConfig config) {
        try (AoDatabase db = open(config)) {
            ActiveObjects ao = db.activeObjects();
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
                ao.create(NoteEntity.class, new DBParam("TEXT", "kept?"));
                // a nested call joins the outer transaction, as in Jira
                ao.executeInTransaction(() -> ao.create(NoteEntity.class, new DBParam("TEXT", "nested")));
                throw new IllegalStateException("boom");
            }));
            assertEquals("boom", thrown.getMessage());
            assertEquals(0, ao.count(NoteEntity.class, Query.select()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sqlErrorsBecomeUncheckedAndBatchCreateWorks(DatabaseConfig config) {
        try (AoDatabase db = open(config)) {
            ActiveObjects ao = db.activeObjects();
            ao.create(NoteEntity.class, List.of(Map.of("TEXT", "x"), Map.of("TEXT", "y")));
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> ao.create(NoteEntity.class, new DBParam("TEXT", "x")));
            assertInstanceOf(AoSqlException.class, e);
            assertEquals(1, ao.deleteWithSQL(NoteEntity.class, "TEXT = ?", "y"));
            assertEquals(1, ao.count(NoteEntity.class, "TEXT = ?", "x"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tablesGetJirasPrefix(DatabaseConfig config) throws Exception {
        try (AoDatabase db = open(config);
             var c = db.connection();
             var rs = c.getMetaData().getTables(null, config.schema(), db.tablePrefix() + "_NOTE", null)) {
            assertTrue(rs.next());
        }
    }

    @org.junit.jupiter.api.Test
    void prefixIsTheLastSixHexDigitsOfTheKeysMd5() {
        // `echo -n org.example.test-plugin | md5sum` = 6a4328198d6ae5333de261387e89f9ff
        assertEquals("AO_89F9FF", JiraTableNames.prefixFor("org.example.test-plugin"));
    }
}
